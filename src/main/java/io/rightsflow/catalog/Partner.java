package io.rightsflow.catalog;

import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/** A partner app a profile can be linked to, and the data categories it receives. */
@Entity
@Table(name = "catalog_partner")
public class Partner extends PanacheEntityBase {

    @Id
    public String id;
    public String name;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "catalog_partner_category",
            joinColumns = @JoinColumn(name = "partner_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    public Set<Category> categories;

    public boolean receives(String categoryId) {
        return categories.stream().anyMatch(c -> c.id.equals(categoryId));
    }
}
