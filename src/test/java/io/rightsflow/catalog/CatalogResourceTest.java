package io.rightsflow.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void everyProductOfTheSpecificationIsListedWithoutLogin() {
        given().get("/api/catalog/products").then().statusCode(200)
                .body("product", containsInAnyOrder("activite-pop", "move", "pulse", "steel-hr", "pulse-ox", "go",
                        "smart-body-analyzer", "wireless-scale", "body", "body-plus", "body-cardio", "sleep", "aura",
                        "home", "bpm", "smart-baby-monitor", "thermo"));
    }

    @Test
    void theBodyCardioCollectsExactlyWhatTheTableSays() {
        given().get("/api/catalog/products").then()
                .body("find { it.product == 'body-cardio' }.categories.category", containsInAnyOrder("bone-mass",
                        "fat-mass", "heart-rate", "muscle-mass", "pulse-wave-velocity", "steps", "unit-preferences",
                        "water-mass", "weight"));
    }

    @Test
    void thePulseOxIsTheOnlyTrackerWithSpo2AndElevationAndNoSwimming() {
        given().get("/api/catalog/products").then()
                .body("find { it.product == 'pulse-ox' }.categories.category", containsInAnyOrder("burned-calories",
                        "distance", "distance-run", "elevation", "heart-rate", "run-data", "spo2", "steps"))
                .body("findAll { it.categories.category.contains('spo2') }", hasSize(1));
    }

    @Test
    void theHomeCameraAndTheAuraCollectTheirEnvironment() {
        given().get("/api/catalog/products").then()
                .body("find { it.product == 'home' }.categories.category",
                        containsInAnyOrder("motion", "sound-level", "video", "voc"))
                .body("find { it.product == 'aura' }.categories.category",
                        containsInAnyOrder("heart-rate", "luminosity", "sound-level", "room-temperature"));
    }

    @Test
    void everyCategoryOfTheApiIsKnown() {
        given().get("/api/catalog/categories").then().statusCode(200)
                .body("category", hasSize(26));
    }

    @Test
    void theCatalogueNamesEachPartnerAndWhatItReceivesWithoutLogin() {
        given().get("/api/catalog/partners").then().statusCode(200)
                .body("partner", hasItems("apple-health", "google-fit", "myfitnesspal", "runkeeper", "nest"))
                .body("name", everyItem(not(emptyOrNullString())))
                .body("dataShared", everyItem(not(empty())))
                .body("find { it.partner == 'google-fit' }.name", equalTo("Google Fit"))
                .body("find { it.partner == 'google-fit' }.dataShared",
                        equalTo(List.of("burned-calories", "distance", "heart-rate", "height", "steps", "weight")))
                .body("find { it.partner == 'nest' }.dataShared", equalTo(List.of("co2", "room-temperature", "voc")));
    }
}
