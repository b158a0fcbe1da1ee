package io.rightsflow.catalog;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** What each product collects: a person has the right to know. */
@Path("/api/catalog")
@PermitAll
public class CatalogResource {

    public record CategoryView(String category, String name, List<String> units, boolean manualEntry) {
    }

    public record ProductView(String product, String name, String family, List<CategoryView> categories) {
    }

    @GET
    @Path("/products")
    public List<ProductView> products() {
        return Product.<Product>listAll().stream()
                .sorted(Comparator.comparing(p -> p.id))
                .map(p -> new ProductView(p.id, p.name, p.family, p.categories.stream()
                        .sorted(Comparator.comparing(c -> c.id))
                        .map(CatalogResource::view).toList()))
                .toList();
    }

    @GET
    @Path("/categories")
    public List<CategoryView> categories() {
        return Category.<Category>listAll().stream()
                .sorted(Comparator.comparing(c -> c.id))
                .map(CatalogResource::view).toList();
    }

    public record PartnerView(String partner, String name, List<String> dataShared) {
    }

    /** The partner apps a profile can be linked to, and what each of them is sent. */
    @GET
    @Path("/partners")
    public List<PartnerView> partners() {
        return Partner.<Partner>listAll().stream()
                .sorted(Comparator.comparing(p -> p.id))
                .map(p -> new PartnerView(p.id, p.name, p.categories.stream().map(c -> c.id).sorted().toList()))
                .toList();
    }

    private static CategoryView view(Category c) {
        return new CategoryView(c.id, c.name, c.quantity.units(), c.manual);
    }
}
