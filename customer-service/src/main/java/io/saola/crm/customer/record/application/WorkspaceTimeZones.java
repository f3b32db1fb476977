package io.saola.crm.customer.record.application;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The time zone each workspace counts its days in, for "today" and "this week". Asia/Ho_Chi_Minh unless
 * configured under {@code saola.customer.time-zones.<workspace>}.
 */
@ConfigurationProperties("saola.customer")
public class WorkspaceTimeZones {

    private ZoneId defaultTimeZone = ZoneId.of("Asia/Ho_Chi_Minh");
    private Map<String, ZoneId> timeZones = new HashMap<>();

    public ZoneId of(WorkspaceId workspace) {
        return timeZones.getOrDefault(workspace.slug(), defaultTimeZone);
    }

    public ZoneId getDefaultTimeZone() {
        return defaultTimeZone;
    }

    public void setDefaultTimeZone(ZoneId defaultTimeZone) {
        this.defaultTimeZone = defaultTimeZone;
    }

    public Map<String, ZoneId> getTimeZones() {
        return timeZones;
    }

    public void setTimeZones(Map<String, ZoneId> timeZones) {
        this.timeZones = timeZones;
    }
}
