package io.saola.crm.customer.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for tests: valid accounts and contacts with Vietnamese data, adjusted per test. */
public final class Customers {

    private Customers() {
    }

    public static Map<String, Object> organisation(String name) {
        Map<String, Object> account = new HashMap<>();
        account.put("type", "B2B");
        account.put("name", name);
        account.put("industry", "Bán lẻ");
        return account;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... namesAndValues) {
        Map<String, Object> changed = new HashMap<>(body);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }

    public static Map<String, Object> person(String name) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", name);
        contact.put("title", "Giám đốc");
        return contact;
    }
}
