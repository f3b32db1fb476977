package io.saola.crm.salesdata.product;

import static io.saola.crm.salesdata.fixtures.CatalogueApi.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;

class CatalogueHttpTest extends SalesDataServiceTest {

    private CatalogueApi catalogue;
    private String weight;

    @BeforeEach
    void weightGroup() {
        catalogue = new CatalogueApi(admin());
        weight = catalogue.weightGroup();
    }

    @Test
    void anAdminAddsAProductThatEveryoneWhoSellsCanRead() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25 Sóc Trăng", "35000", 5);

        Api.Response read = as(Role.SALES_REP).get("/api/products/" + rice);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("Gạo ST25 Sóc Trăng");
        assertThat(read.body().path("listPrice").path("amount").decimalValue()).isEqualByComparingTo("35000");
        assertThat(read.body().path("listPrice").path("currency").asString()).isEqualTo("VND");
        assertThat(read.body().path("vatRate").decimalValue()).isEqualByComparingTo("5");
        assertThat(read.etag()).isEqualTo("\"0\"");
    }

    @Test
    void aSalesRepCannotChangeTheCatalogue() {
        Api.Response refused = as(Role.SALES_REP).post("/api/products", Map.of("code", "X", "name", "X",
                "unitGroupId", weight, "unit", "kg", "listPrice", Api.money("1")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(admin().get("/api/products").body().path("items")).isEmpty();
    }

    @Test
    void aProductCodeIsUniqueInTheWorkspace() {
        catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);

        Api.Response duplicate = admin().post("/api/products", Map.of("code", "ST25", "name", "Gạo khác",
                "unitGroupId", weight, "unit", "kg", "listPrice", Api.money("1")));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("type")).endsWith("/duplicate-record");
    }

    @Test
    void badProductInputIsA422ListingEveryField() {
        Api.Response negative = admin().post("/api/products", Map.of("code", "NEG", "name", "Âm",
                "unitGroupId", weight, "unit", "lít", "listPrice", Api.money("-5")));
        Api.Response floating = admin().post("/api/products", Map.of("code", "FL", "name", "Float",
                "unitGroupId", weight, "unit", "kg", "listPrice", Map.of("amount", 0.123456789)));
        Api.Response badGroup = admin().post("/api/products", Map.of("code", "G", "name", "G",
                "unitGroupId", "nope", "unit", "kg", "listPrice", Api.money("5")));

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("unit", "listPrice.amount");
        assertThat(floating.status()).isEqualTo(422);
        assertThat(floating.body().path("errors").findValuesAsString("field")).contains("listPrice.amount");
        assertThat(badGroup.status()).isEqualTo(422);
        assertThat(admin().get("/api/products").body().path("items")).isEmpty();
    }

    @Test
    void changingAProductChecksIfMatch() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);
        Map<String, Object> changed = Map.of("code", "ST25", "name", "Gạo ST25 loại 1", "unitGroupId", weight,
                "unit", "kg", "listPrice", Api.money("36000"), "vatRate", 5);

        Api.Response stale = admin().put("/api/products/" + rice, changed, "\"7\"");
        Api.Response fresh = admin().put("/api/products/" + rice, changed, "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.text("name")).isEqualTo("Gạo ST25 loại 1");
        assertThat(fresh.etag()).isEqualTo("\"1\"");
    }

    @Test
    void anUnusedProductIsDeletedAndGone() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);

        assertThat(as(Role.SALES_MANAGER).delete("/api/products/" + rice).status()).isEqualTo(403);
        assertThat(admin().delete("/api/products/" + rice).status()).isEqualTo(204);
        assertThat(admin().get("/api/products/" + rice).status()).isEqualTo(404);
    }

    @Test
    void anotherWorkspaceNeverSeesTheProduct() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);
        Api stranger = new Api(port, IDENTITY_PROVIDER.tokens().member("other-ws", Role.WORKSPACE_ADMIN).build(),
                "other-ws");

        assertThat(stranger.get("/api/products/" + rice).status()).isEqualTo(404);
        assertThat(stranger.get("/api/products").body().path("items")).isEmpty();
    }

    @Test
    void listsFilterSortPageAndSearchWithoutDiacritics() {
        catalogue.product(weight, "CF-01", "Cà phê Buôn Ma Thuột", "250000", 10);
        catalogue.product(weight, "CF-02", "Cà phê Đắk Lắk", "180000", 10);
        catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);

        Api.Response expensive = admin().get("/api/products?filter=" + encode("listPrice gt 100000") + "&sort=-listPrice");
        Api.Response search = admin().get("/api/products?q=" + encode("ca phe dak"));
        Api.Response first = admin().get("/api/products?limit=2&sort=code");
        Api.Response second = admin().get("/api/products?limit=2&sort=code&cursor=" + first.text("nextCursor"));
        Api.Response badFilter = admin().get("/api/products?filter=" + encode("tenantId eq 'x'"));

        assertThat(expensive.body().path("items").findValuesAsString("code")).containsExactly("CF-01", "CF-02");
        assertThat(search.body().path("items").findValuesAsString("code")).containsExactly("CF-02");
        assertThat(first.body().path("items").findValuesAsString("code")).containsExactly("CF-01", "CF-02");
        assertThat(first.body().path("hasMore").asBoolean()).isTrue();
        assertThat(second.body().path("items").findValuesAsString("code")).containsExactly("ST25");
        assertThat(badFilter.status()).isEqualTo(400);
    }

    @Test
    void thePriceOfAProductInAUnitOnADateIsOneLookup() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);
        String book = catalogue.priceBook("Đại lý 2026", "2026-01-01", "2026-12-31",
                List.of(entry(rice, "kg", "32000"), entry(rice, "tấn", "30000000")));

        Api rep = as(Role.SALES_REP);
        assertThat(rep.get(priceOf(book, rice, "tấn", "2026-06-15")).body().path("price").path("amount")
                .decimalValue()).isEqualByComparingTo("30000000");
        assertThat(rep.get(priceOf(book, rice, "g", "2026-06-15")).body().path("price").path("amount")
                .decimalValue()).isEqualByComparingTo("32");
        Api.Response outOfDate = rep.get(priceOf(book, rice, "kg", "2027-01-01"));
        assertThat(outOfDate.status()).isEqualTo(422);
        assertThat(outOfDate.raw()).contains("not valid on 2027-01-01");
        assertThat(rep.get(priceOf(book, rice, "lít", "2026-06-15")).status()).isEqualTo(422);
    }

    @Test
    void aPriceBookRefusesEntriesInAnotherCurrencyOrForUnknownProductsOrUnits() {
        String rice = catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);

        Api.Response refused = admin().post("/api/price-books", Map.of("name", "Xuất khẩu", "currency", "USD",
                "entries", List.of(Map.of("productId", rice, "unit", "kg", "price", Api.money("32000")),
                        entry("ghost", "kg", "1"), Map.of("productId", rice, "unit", "lít",
                                "price", Map.of("amount", 2)))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("entries[0].price.currency");
        assertThat(admin().get("/api/price-books").body().path("items")).isEmpty();
    }

    @Test
    void aWorkspaceHasOneStandardPriceBook() {
        Map<String, Object> standard = Map.of("name", "Bảng giá chuẩn", "kind", "STANDARD", "entries", List.of());

        assertThat(admin().post("/api/price-books", standard).status()).isEqualTo(201);
        assertThat(admin().post("/api/price-books", standard).status()).isEqualTo(409);
    }

    private static String priceOf(String book, String product, String unit, String date) {
        return "/api/price-books/" + book + "/price?productId=" + product + "&unit=" + encode(unit) + "&date=" + date;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
