package io.rightsflow.consent;

/**
 * A person withdrew a consent on its own (account page, API, unsubscribe link), in the transaction
 * that records it. Where the consent was given by an act (linking a partner, sharing a dashboard),
 * the feature of that act ends what it made, so that no later act brings it back unasked.
 */
public record ConsentWithdrawn(String profileId, Purpose purpose, String actor) {
}
