package io.saola.crm.sales.lead.application;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.sales.lead.application.PendingConversions.PendingConversion;

/**
 * Never leaves a lead CONVERTING: every {@code saola.sales.conversion.sweep-interval} it takes the due entries of
 * the pending conversions (every workspace) and resolves each inside its workspace: asked again past its retry
 * time, failed as TIMEOUT past its give-up time, a stale entry removed. Safe on any number of instances at once
 * (each step is a version-checked write of the lead; the loser of a race just leaves the entry for later). An
 * entry that fails is logged and tried again at the next run; the others go on.
 */
@Component
public class ConversionTimeouts {

    private static final Logger log = LoggerFactory.getLogger(ConversionTimeouts.class);
    private static final int BATCH = 200;

    private final PendingConversions pending;
    private final LeadConversions conversions;
    private final Clock clock;

    ConversionTimeouts(PendingConversions pending, LeadConversions conversions, Clock clock) {
        this.pending = pending;
        this.conversions = conversions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${saola.sales.conversion.sweep-interval:PT5S}",
            initialDelayString = "${saola.sales.conversion.sweep-interval:PT5S}")
    public void run() {
        List<PendingConversion> due = pending.due(clock.instant(), BATCH);
        for (PendingConversion entry : due) {
            try {
                WorkspaceContext.runAs(WorkspaceId.of(entry.workspace()),
                        () -> conversions.resolveDue(entry.workspace(), entry.leadId(), entry.conversionId()));
            } catch (RuntimeException e) {
                log.warn("Conversion {} of lead {} in workspace {} not resolved; tried again at the next run",
                        entry.conversionId(), entry.leadId(), entry.workspace(), e);
            }
        }
    }
}
