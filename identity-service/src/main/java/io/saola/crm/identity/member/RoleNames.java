package io.saola.crm.identity.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.ProblemError;

/** Roles as the API names them ({@code sales-rep}, ...), checked. */
public final class RoleNames {

    private RoleNames() {
    }

    public static Set<Role> parse(String field, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw InvalidFieldsException.of(field, "at least one role is required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Role.fromGroupName(name == null ? "" : name.strip()).ifPresentOrElse(roles::add,
                    () -> errors.add(ProblemError.of(field, "unknown role; one of " + known(), name)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return roles;
    }

    public static List<String> names(Set<Role> roles) {
        return roles.stream().map(Role::groupName).sorted().toList();
    }

    private static String known() {
        return String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::groupName).toList());
    }
}
