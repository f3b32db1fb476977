package io.saola.crm.sales.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for tests: valid records with Vietnamese data, adjusted per test. */
public final class SalesRecords {

    private SalesRecords() {
    }

    public static Map<String, Object> companyLead(String person, String company) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("kind", "B2B");
        lead.put("personName", person);
        lead.put("company", company);
        lead.put("title", "Giám đốc");
        return lead;
    }

    public static Map<String, Object> personLead(String person) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("kind", "B2C");
        lead.put("personName", person);
        return lead;
    }

    public static Map<String, Object> opportunity(String name, String accountId) {
        Map<String, Object> opportunity = new HashMap<>();
        opportunity.put("name", name);
        opportunity.put("accountId", accountId);
        opportunity.put("amount", Map.of("amount", "150000000", "currency", "VND"));
        opportunity.put("expectedCloseDate", "2026-09-30");
        return opportunity;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... namesAndValues) {
        Map<String, Object> changed = new HashMap<>(body);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }
}
