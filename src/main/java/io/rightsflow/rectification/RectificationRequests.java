package io.rightsflow.rectification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.account.SignUps;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.ReadingChanges;
import io.rightsflow.measurement.Readings;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.NewRequest.Correction;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.RequestType;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * RECTIFICATION requests (GDPR Art. 16): what is wrong and what is right is checked and stored here
 * (nothing is stored when any of it is wrong); rectification.bpmn has an agent decide it.
 */
@ApplicationScoped
class RectificationRequests implements RequestHandler {

    static final String PROCESS = "rectification";
    static final int STATEMENT_MAX = 2000;
    private static final int PROFILE_NAME_MAX = SignUps.PROFILE_NAME_MAX;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Readings readings;

    @Inject
    Caller caller;

    @Inject
    ReadingChanges changes;

    @Inject
    RuntimeService runtime;

    @Override
    public RequestType type() {
        return RequestType.RECTIFICATION;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null) {
            throw bad("profileId", "profileId is required: the profile whose data is wrong");
        }
        ProfileRef profile = profiles.active(body.profileId());
        List<Long> readingIds = body.measurementIds() == null ? List.of() : body.measurementIds();
        Map<String, String> fields = body.fields() == null ? Map.of() : body.fields();
        List<Correction> corrections = body.corrections() == null ? List.of() : body.corrections();
        String statement = body.statement() == null || body.statement().isBlank() ? null : body.statement().strip();
        if (readingIds.isEmpty() && fields.isEmpty() && corrections.isEmpty() && statement == null) {
            throw bad("measurementIds", "say what is wrong: the readings (measurementIds), account fields with "
                    + "their right value (fields), right values of readings you entered (corrections), or a "
                    + "statement");
        }
        if (statement != null && statement.length() > STATEMENT_MAX) {
            throw bad("statement", "statement must have at most " + STATEMENT_MAX + " characters");
        }
        checkReadings(profile, readingIds);
        checkFields(profile, fields);
        checkCorrections(profile, corrections);
        String moveTo = checkMoveTo(profile, body.moveToProfileId(), readingIds);

        Rectification rectification = new Rectification();
        rectification.requestId = requestId;
        rectification.profileId = profile.id();
        rectification.accountId = profile.accountId();
        rectification.moveToProfileId = moveTo;
        rectification.statement = statement;
        rectification.persist();
        readingIds.stream().distinct().forEach(id -> item(requestId, id, null, null, null));
        fields.forEach((field, value) -> item(requestId, null, field, value.strip(), null));
        corrections.forEach(c -> item(requestId, c.measurementId(), null, c.value() != null
                ? String.valueOf(c.value()) : c.systolic() + "/" + c.diastolic(), c.value() != null ? c.unit() : "mmHg"));
        return RequestSubject.profile(profile.accountId(), profile.id());
    }

    @Override
    public String start(RequestRef request) {
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(), "profileId", request.profileId())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("a rectification is decided by customer service, not cancelled; tell them "
                + "if it is no longer needed");
    }

    /** Once decided, the changes are made or being made: a refusal would no longer be true. */
    @Override
    public String whyNotRefusable(RequestRef request) {
        Rectification rectification = Rectification.findById(request.id());
        return rectification != null && rectification.decision != null
                ? "customer service has decided this rectification (" + rectification.decision + "); its changes "
                        + "are made"
                : null;
    }

    private void checkReadings(ProfileRef profile, List<Long> ids) {
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw bad("measurementIds", "measurementIds must hold measurement ids");
        }
        Set<Long> own = new HashSet<>();
        readings.byIds(ids).stream().filter(m -> m.profileId().equals(profile.id())).forEach(m -> own.add(m.id()));
        for (Long id : ids) {
            if (!own.contains(id)) {
                throw bad("measurementIds", "measurement " + id + " is not a reading of profile " + profile.id());
            }
        }
    }

    private void checkFields(ProfileRef profile, Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            switch (field.getKey()) {
                case RectificationItem.PROFILE_NAME -> {
                    if (value.isEmpty() || value.length() > PROFILE_NAME_MAX) {
                        throw bad("fields.profileName", "profileName must be the profile's right name, of 1 to "
                                + PROFILE_NAME_MAX + " characters");
                    }
                }
                case RectificationItem.EMAIL -> {
                    if (!accounts.looksLikeEmail(value)) {
                        throw bad("fields.email", "email must be the account's right address, such as "
                                + "name@example.com");
                    }
                    if (!caller.isSubject()) {
                        // the login address changes only when its holder asks: an agent's word is not enough
                        throw bad("fields.email", "the account's address is corrected by its holder: they ask for it "
                                + "themselves, and confirm it from the new address");
                    }
                    if (accounts.isCurrentEmail(profile.accountId(), value)) {
                        throw bad("fields.email", "email is the address the account uses already");
                    }
                }
                default -> throw bad("fields", "fields may hold only profileName (the profile's name) and email "
                        + "(the account's address); a reading's right value goes in corrections");
            }
        }
    }

    private void checkCorrections(ProfileRef profile, List<Correction> corrections) {
        List<Long> seen = new ArrayList<>();
        for (Correction correction : corrections) {
            if (correction == null || correction.measurementId() == null) {
                throw bad("corrections", "each correction names its measurementId");
            }
            MeasurementRef reading = readings.find(correction.measurementId());
            if (reading == null || !reading.profileId().equals(profile.id())) {
                throw bad("corrections", "measurement " + correction.measurementId() + " is not a reading of profile "
                        + profile.id());
            }
            if (seen.contains(reading.id())) {
                throw bad("corrections", "measurement " + reading.id() + " is corrected twice");
            }
            seen.add(reading.id());
            String why = changes.whyNotCorrectable(reading, correction.value(), correction.unit(),
                    correction.systolic(), correction.diastolic());
            if (why != null) {
                throw bad("corrections", why);
            }
        }
    }

    private String checkMoveTo(ProfileRef profile, String moveToProfileId, List<Long> readingIds) {
        if (moveToProfileId == null) {
            return null;
        }
        ProfileRef target = profiles.find(moveToProfileId);
        if (target == null || !target.accountId().equals(profile.accountId()) || !target.isActive()
                || target.id().equals(profile.id())) {
            throw bad("moveToProfileId", "moveToProfileId must be another active profile of the same account");
        }
        if (readingIds.isEmpty()) {
            throw bad("measurementIds", "name the readings to move to profile " + target.id() + " in measurementIds");
        }
        return target.id();
    }

    private static void item(String requestId, Long measurementId, String field, String askedValue, String unit) {
        RectificationItem item = new RectificationItem();
        item.requestId = requestId;
        item.measurementId = measurementId;
        item.field = field;
        item.askedValue = askedValue;
        item.askedUnit = unit;
        item.persist();
    }

    private static ProblemException bad(String field, String detail) {
        return ProblemException.badRequest(detail).with("field", field);
    }
}
