package io.saola.crm.customer.record;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

class DuplicateDetectionApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void theSameEmailOrPhoneInAnotherFormatIsADuplicateNamingTheExistingAccount() {
        String existing = post(rep, "/api/accounts", with(organisation("Công ty Phú Quý"),
                "email", "lienhe@phuquy.vn", "mobile", "0903 123 456")).id();

        Response sameEmail = post(rep, "/api/accounts", with(organisation("Phú Quý 2"), "email", "LienHe@PhuQuy.vn"));
        Response samePhone = post(rep, "/api/accounts", with(organisation("Phú Quý 3"), "phone", "+84 903 123 456"));

        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.header("Content-Type")).startsWith("application/problem+json");
        assertThat(sameEmail.json().get("type").asString()).endsWith("/duplicate-record");
        assertThat(sameEmail.json().get("existingId").asString()).isEqualTo(existing);
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.json().get("existingId").asString()).isEqualTo(existing);
        assertThat(get(manager, "/api/accounts").json().get("items")).hasSize(1);
    }

    @Test
    void theClientMayConfirmADuplicate() {
        post(rep, "/api/accounts", with(organisation("Công ty An Khang"), "email", "ak@ankhang.vn"));

        Response confirmed = post(rep, "/api/accounts?confirmDuplicate=true",
                with(organisation("An Khang chi nhánh"), "email", "ak@ankhang.vn"));

        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(get(rep, "/api/accounts").json().get("items")).hasSize(2);
    }

    @Test
    void deletedRecordsAndOtherWorkspacesDoNotCount() {
        String deleted = post(rep, "/api/accounts", with(organisation("Cũ"), "email", "cu@example.vn")).id();
        delete(manager, "/api/accounts/" + deleted);
        Caller stranger = caller("other-" + workspace, "rep-lan", Role.SALES_REP);
        post(stranger, "/api/accounts", with(organisation("Ngoài"), "email", "ngoai@example.vn"));

        assertThat(post(rep, "/api/accounts", with(organisation("Mới"), "email", "cu@example.vn")).status())
                .isEqualTo(201);
        assertThat(post(rep, "/api/accounts", with(organisation("Mới 2"), "email", "ngoai@example.vn")).status())
                .isEqualTo(201);
    }

    @Test
    void changingAnEmailToOneInUseIsADuplicateButKeepingOneIsNot() {
        post(rep, "/api/accounts", with(organisation("Một"), "email", "mot@example.vn"));
        Response second = post(rep, "/api/accounts", with(organisation("Hai"), "email", "hai@example.vn"));
        String path = "/api/accounts/" + second.id();

        assertThat(put(rep, path, with(organisation("Hai"), "email", "mot@example.vn"), "\"0\"").status())
                .isEqualTo(409);
        assertThat(put(rep, path, with(organisation("Hai đã sửa"), "email", "hai@example.vn"), "\"0\"").status())
                .isEqualTo(200);
    }

    @Test
    void contactsAreCheckedForDuplicatesToo() {
        String existing = post(rep, "/api/contacts", with(person("Ngô Bảo"), "mobile", "0977 000 111")).id();

        Response duplicate = post(rep, "/api/contacts", with(person("Ngô Bảo Châu"), "mobile", "84977000111"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("existingId").asString()).isEqualTo(existing);
        assertThat(post(rep, "/api/contacts?confirmDuplicate=true", with(person("Ngô Bảo Châu"), "mobile",
                "84977000111")).status()).isEqualTo(201);
    }
}
