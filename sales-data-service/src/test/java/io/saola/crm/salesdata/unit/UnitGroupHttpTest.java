package io.saola.crm.salesdata.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;

class UnitGroupHttpTest extends SalesDataServiceTest {

    @Test
    void anAdminDefinesAGroupThatSalesRepsRead() {
        String weight = new CatalogueApi(admin()).weightGroup();

        Api.Response read = as(Role.SALES_REP).get("/api/unit-groups/" + weight);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("baseUnit")).isEqualTo("kg");
        assertThat(read.body().path("units").findValuesAsString("code")).containsExactly("kg", "g", "tấn");
        assertThat(read.body().path("units").get(2).path("factor").decimalValue()).isEqualByComparingTo("1000");
        assertThat(as(Role.SALES_REP).post("/api/unit-groups", Map.of("name", "X", "baseUnit", "x",
                "units", List.of(Map.of("code", "x", "factor", 1)))).status()).isEqualTo(403);
    }

    @Test
    void badGroupsAreA422ListingEveryFieldAndNamesAreUnique() {
        new CatalogueApi(admin()).weightGroup();

        Api.Response broken = admin().post("/api/unit-groups", Map.of("name", "Thể tích", "baseUnit", "lít",
                "units", List.of(Map.of("code", "ml", "factor", 0.001), Map.of("code", "ml", "factor", 1))));
        Api.Response negative = admin().post("/api/unit-groups", Map.of("name", "Âm", "baseUnit", "a",
                "units", List.of(Map.of("code", "a", "factor", -1))));
        Api.Response sameName = admin().post("/api/unit-groups", Map.of("name", "Khối lượng", "baseUnit", "kg",
                "units", List.of(Map.of("code", "kg", "factor", 1))));

        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("units[1].code", "baseUnit");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.body().path("errors").findValuesAsString("field")).containsExactly("units[0].factor");
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(admin().get("/api/unit-groups").body().path("items")).hasSize(1);
    }

    @Test
    void aUnitProductsSellInCannotBeRemoved() {
        CatalogueApi catalogue = new CatalogueApi(admin());
        String weight = catalogue.weightGroup();
        catalogue.product(weight, "ST25", "Gạo ST25", "35000", 5);
        Api.Response current = admin().get("/api/unit-groups/" + weight);

        Api.Response withoutKg = admin().put("/api/unit-groups/" + weight, Map.of("name", "Khối lượng",
                "baseUnit", "g", "units", List.of(Map.of("code", "g", "factor", 1))), current.etag());
        Api.Response withPound = admin().put("/api/unit-groups/" + weight, Map.of("name", "Khối lượng",
                "baseUnit", "kg", "units", List.of(Map.of("code", "kg", "factor", 1),
                        Map.of("code", "g", "factor", 0.001), Map.of("code", "lb", "factor", 0.45359237))),
                current.etag());

        assertThat(withoutKg.status()).isEqualTo(422);
        assertThat(withoutKg.raw()).contains("'kg' is used by products");
        assertThat(withPound.status()).as(withPound.toString()).isEqualTo(200);
        assertThat(withPound.body().path("units").findValuesAsString("code")).containsExactly("kg", "g", "lb");
    }
}
