package io.saola.crm.identity.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.platform.test.service.RunnableServiceContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-up, invitations, roles and deactivation over HTTP with real signed tokens and the store; the identity
 * provider is {@link InMemoryDirectory} (the real Keycloak is driven by the system tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"saola.demo.enabled=false", "saola.operator.key=operator-key-for-tests"})
class MembersHttpTest extends RunnableServiceContract {

    static final TestMailServer MAIL = new TestMailServer().start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", MAIL::port);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    InMemoryDirectory directory;

    @Autowired
    WorkspaceRegistry registry;

    @Autowired
    io.saola.crm.identity.signup.WorkspaceSignUp signUps;

    @Autowired
    MongoOperations mongo;

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        InMemoryDirectory inMemoryDirectory() {
            return new InMemoryDirectory();
        }
    }

    @Override
    protected String protectedApiPath() {
        return "/api/members";
    }

    // ---- sign-up ----

    @Test
    void aCompanySignsUpConfirmsByMailAndItsAdminIsTheFirstMember() throws Exception {
        HttpResponse<String> requested = signUp("pho-viet", "Phở Việt", "chu@phoviet.vn");

        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        assertThat(requested.body()).contains("CONFIRMATION_SENT").doesNotContain("token");
        assertThat(registry.find(WorkspaceId.of("pho-viet")).orElseThrow().status())
                .isEqualTo(WorkspaceStatus.PROVISIONING);
        assertThat(directory.findUser("chu@phoviet.vn")).as("no login before the address is proven").isEmpty();
        String secret = MAIL.linkParameter("chu@phoviet.vn", "token");
        assertThat(mongo.findAll(org.bson.Document.class, "sign_up_requests").toString()).doesNotContain(secret);

        HttpResponse<String> response = confirm(secret);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("host").asString()).isEqualTo("pho-viet.localhost");
        WorkspaceId workspace = WorkspaceId.of("pho-viet");
        String adminId = directory.findUser("chu@phoviet.vn").orElseThrow();
        assertThat(directory.isMember(workspace, adminId)).isTrue();
        assertThat(directory.rolesOf(workspace, adminId)).containsExactly(Role.WORKSPACE_ADMIN);

        String adminToken = token("pho-viet", adminId, Role.WORKSPACE_ADMIN);
        HttpResponse<String> members = send("GET", "/api/members", adminToken, "pho-viet", null);
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains("chu@phoviet.vn").contains("workspace-admin");

        try (TopicReader workspaces = KAFKA.read(IdentityEvents.WORKSPACE_TOPIC);
             TopicReader joined = KAFKA.read(IdentityEvents.MEMBER_TOPIC)) {
            assertThat(workspaces.awaitAtLeast(1, record -> "pho-viet".equals(record.key())).get(0).value())
                    .contains("\"name\":\"Phở Việt\"").contains("\"currency\":\"VND\"");
            assertThat(joined.awaitAtLeast(1, record -> adminId.equals(record.key())).get(0).value())
                    .contains("\"workspace\":\"pho-viet\"").contains("workspace-admin");
        }
    }

    @Test
    void aConfirmationSentAgainCreatesNothingNewAndAnotherPersonFindsTheAddressTaken() throws Exception {
        assertThat(signUp("bun-cha", "Bún Chả", "owner@buncha.vn").statusCode()).isEqualTo(202);
        String secret = MAIL.linkParameter("owner@buncha.vn", "token");
        assertThat(confirm(secret).statusCode()).isEqualTo(201);

        HttpResponse<String> again = confirm(secret);
        HttpResponse<String> someoneElse = signUp("bun-cha", "Other", "other@example.vn");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(someoneElse.statusCode()).isEqualTo(409);
        assertThat(someoneElse.body()).contains("already taken");
        assertThat(MAIL.mailsTo("other@example.vn")).isEmpty();
        assertThat(WorkspaceContext.callAs(WorkspaceId.of("bun-cha"),
                () -> mongo.count(new org.springframework.data.mongodb.core.query.Query(), MemberDocument.class)))
                .isEqualTo(1);
    }

    @Test
    void aSignUpWithAnAddressThatHasAnAccountAsksItsOwnerToLogInAndTakesNothing() throws Exception {
        String victim = directory.existingAccount("ke-toan@mientay.vn");

        HttpResponse<String> requested = signUp("mien-tay", "Miền Tây", "ke-toan@mientay.vn");

        assertThat(requested.statusCode()).as("the answer does not tell who has an account").isEqualTo(202);
        assertThat(registry.find(WorkspaceId.of("mien-tay"))).isEmpty();
        assertThat(MAIL.mailsTo("ke-toan@mientay.vn")).singleElement().asString()
                .contains("already").doesNotContain("token=");
        assertThat(directory.members.values()).noneMatch(ids -> ids.contains(victim));
    }

    @Test
    void aConfirmationCutShortIsNeitherServedNorLostAndTheSameLinkCompletesIt() throws Exception {
        assertThat(signUp("com-tam", "Cơm Tấm", "boss@comtam.vn").statusCode()).isEqualTo(202);
        String secret = MAIL.linkParameter("boss@comtam.vn", "token");
        directory.failNext("ensureMember", 1);

        HttpResponse<String> failed = confirm(secret);
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(registry.find(WorkspaceId.of("com-tam")).orElseThrow().status())
                .isEqualTo(WorkspaceStatus.PROVISIONING);
        assertThat(get("/internal/workspaces/com-tam", null, null).statusCode()).isEqualTo(404);
        assertThat(signUp("com-tam", "Other", "thief@example.vn").statusCode()).isEqualTo(409);

        HttpResponse<String> retried = confirm(secret);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(get("/internal/workspaces/com-tam", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnconfirmedReservationExpiresAndItsAddressGoesToTheNextSignUp() throws Exception {
        assertThat(signUp("bo-kho", "Bò Kho", "first@bokho.vn").statusCode()).isEqualTo(202);
        String late = MAIL.linkParameter("first@bokho.vn", "token");
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is("bo-kho")),
                new org.springframework.data.mongodb.core.query.Update().set("expiresAt",
                        java.time.Instant.now().minusSeconds(60)), "sign_up_requests");

        assertThat(signUp("bo-kho", "Bò Kho Mới", "second@bokho.vn").statusCode()).isEqualTo(202);
        HttpResponse<String> tooLate = confirm(late);

        assertThat(tooLate.statusCode()).as("the released sign-up's link leads nowhere").isEqualTo(404);
        assertThat(confirm(MAIL.linkParameter("second@bokho.vn", "token")).statusCode()).isEqualTo(201);
        assertThat(registry.find(WorkspaceId.of("bo-kho")).orElseThrow().name()).isEqualTo("Bò Kho Mới");
    }

    @Test
    void theSweepReleasesReservationsWhoseConfirmationExpiredAndNothingElse() throws Exception {
        assertThat(signUp("banh-bao", "Bánh Bao", "owner@banhbao.vn").statusCode()).isEqualTo(202);
        assertThat(signUp("banh-gio", "Bánh Giò", "owner@banhgio.vn").statusCode()).isEqualTo(202);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is("banh-bao")),
                new org.springframework.data.mongodb.core.query.Update().set("expiresAt",
                        java.time.Instant.now().minusSeconds(60)), "sign_up_requests");

        assertThat(signUps.releaseAbandoned()).isEqualTo(1);

        assertThat(registry.find(WorkspaceId.of("banh-bao"))).isEmpty();
        assertThat(registry.find(WorkspaceId.of("banh-gio")).orElseThrow().status())
                .isEqualTo(WorkspaceStatus.PROVISIONING);
        assertThat(confirm(MAIL.linkParameter("owner@banhgio.vn", "token")).statusCode()).isEqualTo(201);
        assertThat(signUps.releaseAbandoned()).isZero();
    }

    @Test
    void aLoggedInPersonOpensAWorkspaceAtOnceButOnlyWithAVerifiedAddress() throws Exception {
        String personId = directory.existingAccount("owner@haisan.vn");
        String verified = IDENTITY_PROVIDER.tokens().person().subject(personId).email("owner@haisan.vn")
                .claim("email_verified", true).build();
        String unverified = IDENTITY_PROVIDER.tokens().person().subject(personId).email("owner@haisan.vn")
                .claim("email_verified", false).build();
        String body = "{\"slug\": \"hai-san\", \"name\": \"Hải Sản\"}";

        HttpResponse<String> refused = send("POST", "/api/workspaces", unverified, null, body);
        HttpResponse<String> opened = send("POST", "/api/workspaces", verified, null, body);
        HttpResponse<String> again = send("POST", "/api/workspaces", verified, null, body);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("address-not-verified");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(directory.rolesOf(WorkspaceId.of("hai-san"), personId)).containsExactly(Role.WORKSPACE_ADMIN);
        assertThat(MAIL.mailsTo("owner@haisan.vn")).isEmpty();
    }

    @Test
    void badSignUpsAreRefusedWithEveryReasonAndLeaveNothingBehind() throws Exception {
        HttpResponse<String> reserved = signUp("admin", "X", "a@b.vn");
        HttpResponse<String> unicode = signUp("cà-phê", "Cà phê", "a@b.vn");
        HttpResponse<String> tooShort = signUp("ab", "AB", "a@b.vn");
        HttpResponse<String> malformed = send("POST", "/api/workspaces", null, null, "{\"slug\": ");
        HttpResponse<String> empty = send("POST", "/api/workspaces", null, null, "{\"admin\": {}}");
        HttpResponse<String> noAdmin = send("POST", "/api/workspaces", null, null, "{\"slug\": \"no-admin\", \"name\": \"N\"}");
        HttpResponse<String> unknownSecret = confirm("not-a-secret-anyone-was-sent");
        HttpResponse<String> shortPassword = send("POST", "/api/workspaces/confirmation", null, null,
                "{\"token\": \"x\", \"password\": \"short\"}");

        assertThat(reserved.statusCode()).isEqualTo(422);
        assertThat(reserved.body()).contains("reserved");
        assertThat(unicode.statusCode()).isEqualTo(422);
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("\"slug\"").contains("\"name\"").contains("admin.email")
                .contains("admin.firstName").contains("admin.lastName");
        assertThat(noAdmin.statusCode()).isEqualTo(422);
        assertThat(unknownSecret.statusCode()).isEqualTo(404);
        assertThat(shortPassword.statusCode()).isEqualTo(422);
        assertThat(registry.find(WorkspaceId.of("admin"))).isEmpty();
        assertThat(registry.find(WorkspaceId.of("no-admin"))).isEmpty();
        assertThat(directory.organizations).doesNotContain(WorkspaceId.of("admin"));
    }

    // ---- invitations, roles, deactivation ----

    @Test
    void anAdminInvitesARepWhoAcceptsOnceAndSeesTheirRole() throws Exception {
        String adminToken = signedUpAdminToken("lau-de", "admin@laude.vn");

        HttpResponse<String> invited = send("POST", "/api/invitations", adminToken, "lau-de",
                "{\"email\": \"Rep@LauDe.vn\", \"roles\": [\"sales-rep\"]}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String secret = MAIL.linkParameter("rep@laude.vn", "secret");
        assertThat(invited.body()).as("the secret goes to the invitee's mailbox only").doesNotContain(secret);
        assertThat(WorkspaceContext.callAs(WorkspaceId.of("lau-de"),
                () -> mongo.findAll(org.bson.Document.class, InvitationDocument.COLLECTION).toString()))
                .doesNotContain(secret);
        assertThat(send("POST", "/api/invitations", adminToken, "lau-de",
                "{\"email\": \"rep@laude.vn\", \"roles\": [\"sales-rep\"]}").statusCode()).isEqualTo(409);

        HttpResponse<String> accepted = accept("lau-de", secret);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String repId = JSON.readTree(accepted.body()).get("userId").asString();
        assertThat(directory.rolesOf(WorkspaceId.of("lau-de"), repId)).containsExactly(Role.SALES_REP);

        HttpResponse<String> again = accept("lau-de", secret);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been used");
        assertThat(send("POST", "/api/invitations", adminToken, "lau-de",
                "{\"email\": \"rep@laude.vn\", \"roles\": [\"sales-rep\"]}").statusCode()).isEqualTo(409);
    }

    @Test
    void anInvitationCannotBeAcceptedThroughAnotherWorkspacesAddress() throws Exception {
        String adminToken = signedUpAdminToken("banh-mi", "admin@banhmi.vn");
        signedUpAdminToken("banh-xeo", "admin@banhxeo.vn");
        send("POST", "/api/invitations", adminToken, "banh-mi", "{\"email\": \"new@banhmi.vn\", \"roles\": [\"marketer\"]}");
        String secret = MAIL.linkParameter("new@banhmi.vn", "secret");

        HttpResponse<String> elsewhere = accept("banh-xeo", secret);
        HttpResponse<String> nowhere = send("POST", "/api/invitations/accept", null, null, acceptBody(secret));

        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.statusCode()).isEqualTo(403);
        assertThat(directory.findUser("new@banhmi.vn")).isEmpty();
    }

    @Test
    void anAccountThatHoldsTheInvitedAddressJoinsOnlyWhenItsOwnerLogsInWithIt() throws Exception {
        String adminToken = signedUpAdminToken("bun-bo", "admin@bunbo.vn");
        // somebody registered the invitee's address before the invitation (for example with a workspace of their own)
        String preRegistered = directory.existingAccount("ketoan@bunbo.vn");
        send("POST", "/api/invitations", adminToken, "bun-bo", "{\"email\": \"ketoan@bunbo.vn\", \"roles\": [\"sales-manager\"]}");
        String secret = MAIL.linkParameter("ketoan@bunbo.vn", "secret");

        HttpResponse<String> anonymous = accept("bun-bo", secret);
        String otherPerson = IDENTITY_PROVIDER.tokens().person().subject("someone-else").email("attacker@evil.vn")
                .claim("email_verified", true).build();
        HttpResponse<String> otherAddress = send("POST", "/api/invitations/accept", otherPerson, "bun-bo",
                "{\"secret\": \"" + secret + "\"}");
        String unverifiedOwner = IDENTITY_PROVIDER.tokens().person().subject(preRegistered).email("ketoan@bunbo.vn")
                .build();
        HttpResponse<String> unverified = send("POST", "/api/invitations/accept", unverifiedOwner, "bun-bo",
                "{\"secret\": \"" + secret + "\"}");

        assertThat(anonymous.statusCode()).isEqualTo(409);
        assertThat(anonymous.body()).contains("account-exists");
        assertThat(otherAddress.statusCode()).isEqualTo(403);
        assertThat(unverified.statusCode()).isEqualTo(403);
        assertThat(directory.isMember(WorkspaceId.of("bun-bo"), preRegistered)).isFalse();
        assertThat(directory.isMember(WorkspaceId.of("bun-bo"), "someone-else")).isFalse();

        String owner = IDENTITY_PROVIDER.tokens().person().subject(preRegistered).email("KeToan@bunbo.vn")
                .claim("email_verified", true).build();
        HttpResponse<String> joined = send("POST", "/api/invitations/accept", owner, "bun-bo",
                "{\"secret\": \"" + secret + "\"}");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(directory.rolesOf(WorkspaceId.of("bun-bo"), preRegistered)).containsExactly(Role.SALES_MANAGER);
    }

    @Test
    void onlyAnAdminInvitesAndChangesRolesAndTheLastAdminStays() throws Exception {
        String adminToken = signedUpAdminToken("che-ba-mau", "admin@chebamau.vn");
        String adminId = directory.findUser("admin@chebamau.vn").orElseThrow();
        String repId = acceptedMember("che-ba-mau", adminToken, "rep@chebamau.vn", "sales-rep");
        String repToken = token("che-ba-mau", repId, Role.SALES_REP);

        assertThat(send("POST", "/api/invitations", repToken, "che-ba-mau",
                "{\"email\": \"x@chebamau.vn\", \"roles\": [\"sales-rep\"]}").statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/members/" + repId + "/roles", repToken, "che-ba-mau",
                "{\"roles\": [\"workspace-admin\"]}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/members", repToken, "che-ba-mau", null).statusCode()).isEqualTo(200);

        HttpResponse<String> promoted = send("PUT", "/api/members/" + repId + "/roles", adminToken, "che-ba-mau",
                "{\"roles\": [\"sales-manager\", \"sales-rep\"]}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(directory.rolesOf(WorkspaceId.of("che-ba-mau"), repId))
                .containsExactlyInAnyOrder(Role.SALES_MANAGER, Role.SALES_REP);

        HttpResponse<String> unknownRole = send("PUT", "/api/members/" + repId + "/roles", adminToken, "che-ba-mau",
                "{\"roles\": [\"janitor\"]}");
        assertThat(unknownRole.statusCode()).isEqualTo(422);
        HttpResponse<String> lastAdmin = send("PUT", "/api/members/" + adminId + "/roles", adminToken, "che-ba-mau",
                "{\"roles\": [\"sales-rep\"]}");
        assertThat(lastAdmin.statusCode()).isEqualTo(403);
        assertThat(directory.rolesOf(WorkspaceId.of("che-ba-mau"), adminId)).containsExactly(Role.WORKSPACE_ADMIN);
    }

    @Test
    void aDeactivatedMemberLosesTheWorkspaceInTheIdentityProvider() throws Exception {
        String adminToken = signedUpAdminToken("goi-cuon", "admin@goicuon.vn");
        String adminId = directory.findUser("admin@goicuon.vn").orElseThrow();
        String repId = acceptedMember("goi-cuon", adminToken, "rep@goicuon.vn", "sales-rep");

        HttpResponse<String> self = send("POST", "/api/members/" + adminId + "/deactivate", adminToken, "goi-cuon", "");
        HttpResponse<String> deactivated = send("POST", "/api/members/" + repId + "/deactivate", adminToken,
                "goi-cuon", "");

        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(deactivated.body()).contains("\"status\":\"DEACTIVATED\"");
        assertThat(directory.isMember(WorkspaceId.of("goi-cuon"), repId)).isFalse();
        assertThat(directory.rolesOf(WorkspaceId.of("goi-cuon"), repId)).isEmpty();

        HttpResponse<String> back = send("POST", "/api/members/" + repId + "/reactivate", adminToken, "goi-cuon", "");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(directory.rolesOf(WorkspaceId.of("goi-cuon"), repId)).containsExactly(Role.SALES_REP);
    }

    @Test
    void aStaleVersionDoesNotOverwriteARoleChange() throws Exception {
        String adminToken = signedUpAdminToken("nem-ran", "admin@nemran.vn");
        String repId = acceptedMember("nem-ran", adminToken, "rep@nemran.vn", "sales-rep");

        HttpResponse<String> stale = send("PUT", "/api/members/" + repId + "/roles", adminToken, "nem-ran",
                "{\"roles\": [\"marketer\"]}", "If-Match", "\"7\"");

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(directory.rolesOf(WorkspaceId.of("nem-ran"), repId)).containsExactly(Role.SALES_REP);
    }

    @Test
    void anAdminFormsATeamWhoseMembershipReachesTheIdentityProvider() throws Exception {
        String adminToken = signedUpAdminToken("hu-tieu", "admin@hutieu.vn");
        String managerId = acceptedMember("hu-tieu", adminToken, "manager@hutieu.vn", "sales-manager");
        String repId = acceptedMember("hu-tieu", adminToken, "rep@hutieu.vn", "sales-rep");
        String repToken = token("hu-tieu", repId, Role.SALES_REP);

        HttpResponse<String> created = send("POST", "/api/teams", adminToken, "hu-tieu",
                "{\"name\": \"Miền Bắc\", \"managerId\": \"" + managerId + "\", \"memberIds\": [\"" + repId + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String teamId = JSON.readTree(created.body()).get("id").asString();
        assertThat(teamId).matches("team-[a-z2-9]{8}");
        assertThat(directory.teams.get("hu-tieu/" + teamId)).containsExactlyInAnyOrder(managerId, repId);

        assertThat(send("GET", "/api/teams", repToken, "hu-tieu", null).body()).contains("Miền Bắc");
        assertThat(send("POST", "/api/teams", repToken, "hu-tieu",
                "{\"name\": \"Rogue\", \"managerId\": \"" + repId + "\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/teams", adminToken, "hu-tieu",
                "{\"name\": \"miền bắc\", \"managerId\": \"" + managerId + "\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> stranger = send("POST", "/api/teams", adminToken, "hu-tieu",
                "{\"name\": \"Nam\", \"managerId\": \"someone-else\"}");
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(stranger.body()).contains("someone-else");

        HttpResponse<String> stale = send("PUT", "/api/teams/" + teamId, adminToken, "hu-tieu",
                "{\"name\": \"Miền Bắc\", \"managerId\": \"" + managerId + "\", \"memberIds\": []}",
                "If-Match", "\"5\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> shrunk = send("PUT", "/api/teams/" + teamId, adminToken, "hu-tieu",
                "{\"name\": \"Miền Bắc\", \"managerId\": \"" + managerId + "\", \"memberIds\": []}",
                "If-Match", "\"0\"");
        assertThat(shrunk.statusCode()).as(shrunk.body()).isEqualTo(200);
        assertThat(directory.teams.get("hu-tieu/" + teamId)).containsExactly(managerId);

        assertThat(send("DELETE", "/api/teams/" + teamId, adminToken, "hu-tieu", null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/teams/" + teamId, adminToken, "hu-tieu", null).statusCode()).isEqualTo(404);
        assertThat(directory.teams).doesNotContainKey("hu-tieu/" + teamId);
    }

    @Test
    void anAdminCreatesAnApiClientWhoseSecretIsShownOnceAndRevokesIt() throws Exception {
        String adminToken = signedUpAdminToken("banh-cuon", "admin@banhcuon.vn");
        String repId = acceptedMember("banh-cuon", adminToken, "rep@banhcuon.vn", "sales-rep");

        HttpResponse<String> created = send("POST", "/api/api-clients", adminToken, "banh-cuon",
                "{\"name\": \"ERP đồng bộ\", \"roles\": [\"sales-rep\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String clientId = body.get("client").get("clientId").asString();
        assertThat(clientId).startsWith("api-banh-cuon-");
        assertThat(body.get("clientSecret").asString()).isEqualTo(directory.apiClientSecrets.get(clientId));

        HttpResponse<String> listed = send("GET", "/api/api-clients", adminToken, "banh-cuon", null);
        assertThat(listed.body()).contains(clientId).doesNotContain(directory.apiClientSecrets.get(clientId));
        assertThat(send("POST", "/api/api-clients", token("banh-cuon", repId, Role.SALES_REP), "banh-cuon",
                "{\"name\": \"x\", \"roles\": [\"sales-rep\"]}").statusCode()).isEqualTo(403);

        HttpResponse<String> revoked = send("DELETE", "/api/api-clients/" + clientId, adminToken, "banh-cuon", null);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"status\":\"REVOKED\"");
        assertThat(directory.apiClientSecrets).doesNotContainKey(clientId);
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() throws Exception {
        String adminToken = signedUpAdminToken("cao-lau", "admin@caolau.vn");
        send("POST", "/api/invitations", adminToken, "cao-lau", "{\"email\": \"late@caolau.vn\", \"roles\": [\"sales-rep\"]}");
        String secret = MAIL.linkParameter("late@caolau.vn", "secret");
        WorkspaceContext.runAs(WorkspaceId.of("cao-lau"), () -> mongo.updateFirst(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("email").is("late@caolau.vn")),
                new org.springframework.data.mongodb.core.query.Update().set("expiresAt",
                        java.time.Instant.now().minusSeconds(60)), InvitationDocument.class));

        HttpResponse<String> late = accept("cao-lau", secret);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("expired").contains("invitation-not-usable");
        assertThat(directory.findUser("late@caolau.vn")).isEmpty();
    }

    @Test
    void theAdminChoosesTheWorkspacesLanguageTimeZoneAndCurrency() throws Exception {
        String adminToken = signedUpAdminToken("xoi-ga", "admin@xoiga.vn");
        String repId = acceptedMember("xoi-ga", adminToken, "rep@xoiga.vn", "sales-rep");

        HttpResponse<String> changed = send("PUT", "/api/workspaces/current/settings", adminToken, "xoi-ga",
                "{\"name\": \"Xôi Gà Co.\", \"locale\": \"en\", \"timeZone\": \"Asia/Bangkok\", \"currency\": \"USD\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(send("GET", "/api/workspaces/current", adminToken, "xoi-ga", null).body())
                .contains("\"currency\":\"USD\"").contains("\"locale\":\"en\"").contains("Xôi Gà Co.");

        assertThat(send("PUT", "/api/workspaces/current/settings", token("xoi-ga", repId, Role.SALES_REP), "xoi-ga",
                "{\"locale\": \"vi\", \"timeZone\": \"Asia/Ho_Chi_Minh\", \"currency\": \"VND\"}").statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/workspaces/current/settings", adminToken, "xoi-ga",
                "{\"locale\": \"fr\", \"timeZone\": \"Mars/Olympus\", \"currency\": \"XYZ\"}").statusCode())
                .isEqualTo(422);
        assertThat(send("PUT", "/api/workspaces/current/settings", adminToken, "xoi-ga",
                "{\"locale\": \"vi\", \"timeZone\": \"Asia/Ho_Chi_Minh\", \"currency\": \"VND\"}",
                "If-Match", "\"0\"").statusCode()).isEqualTo(412);
        assertThat(send("GET", "/api/workspaces/current", adminToken, "xoi-ga", null).body())
                .contains("\"currency\":\"USD\"");
    }

    @Test
    void theOperatorSuspendsAndReactivatesAWorkspaceWithTheOperatorKeyOnly() throws Exception {
        signedUpAdminToken("che-chuoi", "admin@chechuoi.vn");

        assertThat(send("POST", "/internal/workspaces/che-chuoi/suspend", null, null, "").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/internal/workspaces/che-chuoi/suspend", null, null, "",
                "X-Saola-Operator-Key", "guess").statusCode()).isEqualTo(404);
        assertThat(get("/internal/workspaces/che-chuoi", null, null).body()).contains("ACTIVE");

        HttpResponse<String> suspended = send("POST", "/internal/workspaces/che-chuoi/suspend", null, null, "",
                "X-Saola-Operator-Key", "operator-key-for-tests");
        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(get("/internal/workspaces/che-chuoi", null, null).body()).contains("SUSPENDED");

        send("POST", "/internal/workspaces/che-chuoi/reactivate", null, null, "",
                "X-Saola-Operator-Key", "operator-key-for-tests");
        assertThat(get("/internal/workspaces/che-chuoi", null, null).body()).contains("\"status\":\"ACTIVE\"");
    }

    // ---- helpers ----

    private String signedUpAdminToken(String slug, String email) throws Exception {
        assertThat(signUp(slug, slug, email).statusCode()).isEqualTo(202);
        assertThat(confirm(MAIL.linkParameter(email, "token")).statusCode()).isEqualTo(201);
        return token(slug, directory.findUser(email).orElseThrow(), Role.WORKSPACE_ADMIN);
    }

    private String acceptedMember(String slug, String adminToken, String email, String role) throws Exception {
        HttpResponse<String> invited = send("POST", "/api/invitations", adminToken, slug,
                "{\"email\": \"" + email + "\", \"roles\": [\"" + role + "\"]}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        HttpResponse<String> accepted = accept(slug, MAIL.linkParameter(email, "secret"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return JSON.readTree(accepted.body()).get("userId").asString();
    }

    private static String token(String workspace, String userId, Role... roles) {
        var builder = IDENTITY_PROVIDER.tokens().member(workspace, roles).subject(userId);
        return builder.build();
    }

    private HttpResponse<String> signUp(String slug, String name, String email) throws Exception {
        return send("POST", "/api/workspaces", null, null, """
                {"slug": "%s", "name": "%s",
                 "admin": {"email": "%s", "firstName": "Lan", "lastName": "Nguyễn"}}
                """.formatted(slug, name, email));
    }

    private HttpResponse<String> confirm(String secret) throws Exception {
        return send("POST", "/api/workspaces/confirmation", null, null,
                "{\"token\": \"" + secret + "\", \"password\": \"mat-khau-9\"}");
    }

    private HttpResponse<String> accept(String workspace, String secret) throws Exception {
        return send("POST", "/api/invitations/accept", null, workspace, acceptBody(secret));
    }

    private static String acceptBody(String secret) {
        return "{\"secret\": \"" + secret + "\", \"password\": \"mat-khau-9\", \"firstName\": \"Minh\","
                + " \"lastName\": \"Trần\"}";
    }

    private HttpResponse<String> send(String method, String path, String token, String workspace, String body,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (workspace != null) {
            request.header("X-Saola-Workspace", workspace);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
