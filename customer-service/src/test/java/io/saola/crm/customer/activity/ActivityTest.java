package io.saola.crm.customer.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.ActivityDetails;
import io.saola.crm.customer.activity.domain.ActivityStatus;
import io.saola.crm.customer.activity.domain.CallDirection;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.api.ActivityMoved;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;

class ActivityTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final Origin ORIGIN = new Origin("acme", "rep-lan", NOW);
    private static final RelatedRecord LEAD = new RelatedRecord(RelatedType.LEAD, "lead-1");
    private static final RelatedRecord ACCOUNT = new RelatedRecord(RelatedType.ACCOUNT, "account-1");

    @Test
    void aCallTickedDoneIsCompletedAndOtherwisePlanned() {
        assertThat(call(true).status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(call(true).status().label()).isEqualTo("Hoàn thành");
        assertThat(call(false).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(call(false).status().label()).isEqualTo("Lên kế hoạch");
    }

    @Test
    void aCallNeedsADirectionAndAMeetingCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> ActivityDetails.call("Gọi", null, LEAD, NOW, false, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityDetails.meeting("Gặp", null, LEAD, NOW, NOW.minusSeconds(60), null, null,
                false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMoveIsAppliedOnceAndItsReversalPutsTheActivityBack() {
        Activity logged = Activity.log("a-1", call(false), new Ownership("rep-lan", null), ORIGIN).state();

        Activity moved = logged.moveTo("conversion-1", LEAD, ACCOUNT, ORIGIN).orElseThrow().state();

        assertThat(moved.details().about()).isEqualTo(ACCOUNT);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.moveTo("conversion-1", LEAD, ACCOUNT, ORIGIN)).isEmpty();
        var back = moved.moveBack("conversion-1", ORIGIN).orElseThrow();
        assertThat(back.state().details().about()).isEqualTo(LEAD);
        assertThat(((ActivityMoved) back.events().get(0)).reversal()).isTrue();
        assertThat(back.state().moveBack("conversion-1", ORIGIN)).isEmpty();
        assertThat(back.state().moveTo("conversion-1", LEAD, ACCOUNT, ORIGIN)).isEmpty();
    }

    @Test
    void editingReportsOnlyTheFieldsThatChanged() {
        Activity logged = Activity.log("a-1", call(false), new Ownership("rep-lan", null), ORIGIN).state();

        var edited = logged.revise(call(true), logged.ownership(), ORIGIN);

        assertThat(edited.fieldChanges()).extracting(change -> change.field()).containsExactly("status");
        assertThat(logged.revise(call(false), logged.ownership(), ORIGIN).events()).isEmpty();
    }

    private static ActivityDetails call(boolean done) {
        return ActivityDetails.call("Gọi tư vấn", "Khách hỏi giá", LEAD, NOW, done, CallDirection.OUTBOUND, 120,
                "Hẹn gặp");
    }

}
