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

/** A device model and the data categories it can collect. */
@Entity
@Table(name = "catalog_product")
public class Product extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String family;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "catalog_product_category",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    public Set<Category> categories;

    public boolean canCollect(String categoryId) {
        return categories.stream().anyMatch(c -> c.id.equals(categoryId));
    }
}
