package io.rightsflow.notification;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An optional notification as the app's timeline shows it. */
@Entity
public class TimelineItem extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    public String title;
    public String text;
    public Instant createdAt;
}
