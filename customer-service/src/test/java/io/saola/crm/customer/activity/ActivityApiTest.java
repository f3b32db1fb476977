package io.saola.crm.customer.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

public class ActivityApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void aCallTickedDoneIsCompletedOtherwisePlanned() {
        Response done = post(rep, "/api/activities", call("lead-1", "2026-03-02T03:00:00Z", true));
        Response planned = post(rep, "/api/activities", call("lead-1", "2026-03-03T03:00:00Z", false));

        assertThat(done.status()).isEqualTo(201);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().get("statusLabel").asString()).isEqualTo("Hoàn thành");
        assertThat(done.json().get("kindLabel").asString()).isEqualTo("Cuộc gọi");
        assertThat(planned.json().get("statusLabel").asString()).isEqualTo("Lên kế hoạch");
    }

    @Test
    void aCallWithoutItsRequiredFieldsIsRefusedListingEachAndAnUnknownKindIsABadRequest() {
        Response refused = post(rep, "/api/activities", Map.of("kind", "CALL", "about",
                Map.of("type", "LEAD", "id", "lead-1")));
        Response unknown = post(rep, "/api/activities", Map.of("kind", "FAX", "subject", "x"));
        Response noRecord = post(rep, "/api/activities", Map.of("kind", "NOTE", "subject", "Ghi chú"));
        Response noKind = post(rep, "/api/activities", Map.of("subject", "Không rõ loại"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"subject\"").contains("\"at\"").contains("\"direction\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(noRecord.status()).isEqualTo(422);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(get(rep, "/api/activities").json().get("items")).isEmpty();
    }

    @Test
    void aRecordsTimelineListsItsActivitiesNewestFirst() {
        post(rep, "/api/activities", call("lead-2", "2026-03-01T03:00:00Z", true));
        post(rep, "/api/activities", Map.of("kind", "MEETING", "subject", "Gặp khách tại văn phòng", "about",
                Map.of("type", "LEAD", "id", "lead-2"), "startAt", "2026-03-05T02:00:00Z",
                "endAt", "2026-03-05T03:00:00Z", "location", "Quận 1", "participants", List.of("Lan", "Minh")));
        post(rep, "/api/activities", Map.of("kind", "TASK", "subject", "Gửi báo giá", "about",
                Map.of("type", "LEAD", "id", "lead-2"), "dueAt", "2026-03-03T10:00:00Z", "priority", "HIGH"));
        post(rep, "/api/activities", call("lead-other", "2026-03-04T03:00:00Z", true));

        JsonNode timeline = get(rep, "/api/activities?aboutType=LEAD&aboutId=lead-2").json().get("items");

        assertThat(subjects(timeline)).containsExactly("Gặp khách tại văn phòng", "Gửi báo giá", "Gọi tư vấn");
        assertThat(timeline.get(1).get("priority").asString()).isEqualTo("HIGH");
        assertThat(timeline.get(1).get("status").asString()).isEqualTo("PLANNED");
        assertThat(get(rep, "/api/activities?aboutType=FAX&aboutId=1").status()).isEqualTo(400);
    }

    @Test
    void anActivityIsEditedWithItsVersionAndKeepsItsKindAndRecord() {
        String id = post(rep, "/api/activities", call("lead-3", "2026-03-01T03:00:00Z", false)).id();
        Map<String, Object> edit = call("somewhere-else", "2026-03-01T04:00:00Z", true);
        edit.put("outcome", "Khách đồng ý gặp");

        Response edited = put(rep, "/api/activities/" + id, edit, "\"0\"");
        Response asNote = put(rep, "/api/activities/" + id, Map.of("kind", "NOTE", "subject", "x"), "\"1\"");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(edited.json().get("outcome").asString()).isEqualTo("Khách đồng ý gặp");
        assertThat(edited.json().get("about").get("id").asString()).isEqualTo("lead-3");
        assertThat(asNote.status()).isEqualTo(422);
        assertThat(put(rep, "/api/activities/" + id, edit, "\"0\"").status()).isEqualTo(412);
    }

    @Test
    void aManagerReassignsAnActivityAndARepMayNotGiveTheirsAway() {
        directory().members(workspace, "rep-minh");
        String id = post(rep, "/api/activities", call("lead-4", "2026-03-01T03:00:00Z", false)).id();

        Response refused = call(rep, "POST", "/api/activities/" + id + "/assignment",
                Map.of("ownerId", "rep-minh"), Map.of("If-Match", "\"0\""));
        Response reassigned = call(manager, "POST", "/api/activities/" + id + "/assignment",
                Map.of("ownerId", "rep-minh"), Map.of("If-Match", "\"0\""));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(reassigned.status()).isEqualTo(200);
        assertThat(reassigned.json().get("ownerId").asString()).isEqualTo("rep-minh");
        assertThat(get(otherRep, "/api/activities/" + id).status()).isEqualTo(200);
        assertThat(get(rep, "/api/activities/" + id).status()).isEqualTo(404);
    }

    @Test
    void movingAllActivitiesOfARecordIsIdempotentAndReversible() {
        post(rep, "/api/activities", call("lead-5", "2026-03-01T03:00:00Z", true));
        post(rep, "/api/activities", call("lead-5", "2026-03-02T03:00:00Z", false));
        Map<String, Object> move = Map.of("operationId", "conversion-lead-5",
                "from", Map.of("type", "LEAD", "id", "lead-5"), "to", Map.of("type", "ACCOUNT", "id", "acc-5"));

        Response first = post(manager, "/api/activities/moves", move);
        post(rep, "/api/activities", call("lead-5", "2026-03-03T03:00:00Z", false));
        Response replay = post(manager, "/api/activities/moves", move);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("state").asString()).isEqualTo("DONE");
        assertThat(first.json().get("moved").asInt()).isEqualTo(2);
        assertThat(replay.json().get("moved").asInt()).isEqualTo(2);
        assertThat(timeline(manager, "ACCOUNT", "acc-5")).hasSize(2);
        assertThat(timeline(manager, "LEAD", "lead-5")).hasSize(1);
        JsonNode moved = timeline(manager, "ACCOUNT", "acc-5").get(0);
        assertThat(moved.get("version").asLong()).isEqualTo(1);

        Response reversed = post(manager, "/api/activities/moves/conversion-lead-5/reversal", null);
        Response reversedAgain = post(manager, "/api/activities/moves/conversion-lead-5/reversal", null);

        assertThat(reversed.json().get("state").asString()).isEqualTo("REVERSED");
        assertThat(reversedAgain.status()).isEqualTo(200);
        assertThat(timeline(manager, "ACCOUNT", "acc-5")).isEmpty();
        assertThat(timeline(manager, "LEAD", "lead-5")).hasSize(3);
        assertThat(post(manager, "/api/activities/moves", move).json().get("state").asString())
                .isEqualTo("REVERSED");
        assertThat(timeline(manager, "LEAD", "lead-5")).hasSize(3);
    }

    @Test
    void aReversalBeforeTheMoveMakesTheLateMoveDoNothing() {
        post(rep, "/api/activities", call("lead-6", "2026-03-01T03:00:00Z", true));
        Map<String, Object> from = Map.of("type", "LEAD", "id", "lead-6");
        Map<String, Object> to = Map.of("type", "ACCOUNT", "id", "acc-6");

        Response early = post(manager, "/api/activities/moves/conversion-6/reversal", Map.of("from", from, "to", to));
        Response late = post(manager, "/api/activities/moves", Map.of("operationId", "conversion-6", "from", from,
                "to", to));

        assertThat(early.json().get("state").asString()).isEqualTo("REVERSED");
        assertThat(late.json().get("state").asString()).isEqualTo("REVERSED");
        assertThat(timeline(manager, "LEAD", "lead-6")).hasSize(1);
        assertThat(post(manager, "/api/activities/moves/unknown/reversal", null).status()).isEqualTo(404);
    }

    @Test
    void onlyMembersWhoMayUpdateEveryActivityMayMoveThemAndAnOperationIdIsNotReusedForAnotherMove() {
        Map<String, Object> move = Map.of("operationId", "op-7", "from", Map.of("type", "LEAD", "id", "lead-7"),
                "to", Map.of("type", "ACCOUNT", "id", "acc-7"));

        assertThat(post(rep, "/api/activities/moves", move).status()).isEqualTo(403);
        assertThat(post(manager, "/api/activities/moves", move).status()).isEqualTo(200);
        assertThat(post(manager, "/api/activities/moves", Map.of("operationId", "op-7",
                "from", Map.of("type", "LEAD", "id", "lead-7"), "to", Map.of("type", "ACCOUNT", "id", "other")))
                .status()).isEqualTo(409);
        assertThat(post(manager, "/api/activities/moves", Map.of("operationId", "op-8",
                "from", Map.of("type", "LEAD", "id", "x"), "to", Map.of("type", "LEAD", "id", "x")))
                .status()).isEqualTo(422);
    }

    @Test
    void aRetriedLogWithTheSameIdempotencyKeyLogsOnce() {
        Map<String, String> key = Map.of("Idempotency-Key", "call-77");

        String first = call(rep, "POST", "/api/activities", call("lead-9", "2026-03-01T03:00:00Z", true), key).id();
        String retry = call(rep, "POST", "/api/activities", call("lead-9", "2026-03-01T03:00:00Z", true), key).id();

        assertThat(retry).isEqualTo(first);
        assertThat(timeline(rep, "LEAD", "lead-9")).hasSize(1);
    }

    private JsonNode timeline(Caller caller, String type, String id) {
        return get(caller, "/api/activities?aboutType=" + type + "&aboutId=" + id).json().get("items");
    }

    private static List<String> subjects(JsonNode items) {
        List<String> subjects = new ArrayList<>();
        items.forEach(item -> subjects.add(item.get("subject").asString()));
        return subjects;
    }

    public static Map<String, Object> call(String leadId, String at, boolean done) {
        Map<String, Object> call = new HashMap<>();
        call.put("kind", "CALL");
        call.put("subject", "Gọi tư vấn");
        call.put("about", Map.of("type", "LEAD", "id", leadId));
        call.put("at", at);
        call.put("done", done);
        call.put("direction", "OUTBOUND");
        call.put("durationSeconds", 180);
        return call;
    }
}
