package io.rightsflow.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of data (weight, steps, ...) and the physical quantity its values measure. */
@Entity
@Table(name = "catalog_category")
public class Category extends PanacheEntityBase {

    public static final String BLOOD_PRESSURE = "blood-pressure";

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Quantity quantity;
    /** Whether a person may enter it by hand (weight, height, heart rate, ...). */
    public boolean manual;
}
