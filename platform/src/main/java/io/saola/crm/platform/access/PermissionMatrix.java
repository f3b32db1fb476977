package io.saola.crm.platform.access;

import static io.saola.crm.platform.access.AccessScope.ALL;
import static io.saola.crm.platform.access.AccessScope.MINE;
import static io.saola.crm.platform.access.AccessScope.TEAM;
import static io.saola.crm.platform.access.Action.CREATE;
import static io.saola.crm.platform.access.Action.DELETE;
import static io.saola.crm.platform.access.Action.EXPORT;
import static io.saola.crm.platform.access.Action.IMPORT;
import static io.saola.crm.platform.access.Action.READ;
import static io.saola.crm.platform.access.Action.UPDATE;
import static io.saola.crm.platform.access.RecordType.ACCOUNT;
import static io.saola.crm.platform.access.RecordType.ACTIVITY;
import static io.saola.crm.platform.access.RecordType.CAMPAIGN;
import static io.saola.crm.platform.access.RecordType.COMPETITOR;
import static io.saola.crm.platform.access.RecordType.CONTACT;
import static io.saola.crm.platform.access.RecordType.CONTRACT;
import static io.saola.crm.platform.access.RecordType.LEAD;
import static io.saola.crm.platform.access.RecordType.MEMBER;
import static io.saola.crm.platform.access.RecordType.OPPORTUNITY;
import static io.saola.crm.platform.access.RecordType.ORDER;
import static io.saola.crm.platform.access.RecordType.PARTNER;
import static io.saola.crm.platform.access.RecordType.PRICE_BOOK;
import static io.saola.crm.platform.access.RecordType.PRODUCT;
import static io.saola.crm.platform.access.RecordType.QUOTE;
import static io.saola.crm.platform.access.RecordType.REPORT;
import static io.saola.crm.platform.access.RecordType.TICKET;
import static io.saola.crm.platform.access.RecordType.UNIT_GROUP;
import static io.saola.crm.platform.access.RecordType.WORKSPACE;
import static io.saola.crm.platform.security.Role.MARKETER;
import static io.saola.crm.platform.security.Role.SALES_MANAGER;
import static io.saola.crm.platform.security.Role.SALES_REP;
import static io.saola.crm.platform.security.Role.SUPPORT_AGENT;
import static io.saola.crm.platform.security.Role.WORKSPACE_ADMIN;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.saola.crm.platform.security.Role;

/**
 * Which role may do what to which record type, and how far it reaches ({@link AccessScope}). The one table of
 * the product's permissions: services ask {@link Access}, which asks this; nothing else decides.
 * A member with several roles gets the widest grant of any of them. Anything not granted is refused.
 */
public final class PermissionMatrix {

    private static final RecordType[] SALES_RECORDS = {ACCOUNT, CONTACT, ACTIVITY, LEAD, OPPORTUNITY, QUOTE, ORDER,
            CONTRACT};
    private static final RecordType[] CATALOG = {PRODUCT, UNIT_GROUP, PRICE_BOOK};
    private static final RecordType[] EVERYTHING = RecordType.values();
    private static final Action[] ALL_ACTIONS = Action.values();
    private static final Action[] READ_WRITE = {READ, CREATE, UPDATE};

    private final Map<Role, Map<RecordType, Map<Action, AccessScope>>> grants = new EnumMap<>(Role.class);

    private PermissionMatrix() {
    }

    /** The product's permissions (docs/API.md, "Roles and permissions", shows the same table). */
    public static PermissionMatrix standard() {
        PermissionMatrix m = new PermissionMatrix();
        // The workspace admin runs the workspace: every record, every action.
        m.grant(WORKSPACE_ADMIN, EVERYTHING, ALL_ACTIONS, ALL);

        // Sales managers see and steer everything sales does, reassign and delete; they read the catalogue,
        // tickets and campaigns, and see the members (to assign owners) but do not administer them.
        m.grant(SALES_MANAGER, SALES_RECORDS, ALL_ACTIONS, ALL);
        m.grant(SALES_MANAGER, new RecordType[] {COMPETITOR, PARTNER}, ALL_ACTIONS, ALL);
        m.grant(SALES_MANAGER, CATALOG, new Action[] {READ, EXPORT}, ALL);
        m.grant(SALES_MANAGER, new RecordType[] {TICKET, CAMPAIGN, MEMBER, RecordType.TEAM, WORKSPACE},
                new Action[] {READ}, ALL);
        m.grant(SALES_MANAGER, new RecordType[] {REPORT}, new Action[] {READ, EXPORT}, ALL);

        // Sales reps work their own records; they may not delete or export beyond their own, and read the
        // shared reference data everyone sells from.
        m.grant(SALES_REP, SALES_RECORDS, READ_WRITE, MINE);
        m.grant(SALES_REP, SALES_RECORDS, new Action[] {EXPORT}, MINE);
        m.grant(SALES_REP, new RecordType[] {ACTIVITY}, new Action[] {DELETE}, MINE);
        m.grant(SALES_REP, new RecordType[] {COMPETITOR, PARTNER}, new Action[] {READ, CREATE, UPDATE}, ALL);
        m.grant(SALES_REP, CATALOG, new Action[] {READ}, ALL);
        m.grant(SALES_REP, new RecordType[] {CAMPAIGN, MEMBER, RecordType.TEAM, WORKSPACE}, new Action[] {READ}, ALL);
        m.grant(SALES_REP, new RecordType[] {TICKET, REPORT}, new Action[] {READ}, MINE);

        // Support agents work tickets, read customers and log activities on them.
        m.grant(SUPPORT_AGENT, new RecordType[] {TICKET}, new Action[] {READ, CREATE, UPDATE, EXPORT}, ALL);
        m.grant(SUPPORT_AGENT, new RecordType[] {ACCOUNT, CONTACT}, new Action[] {READ}, ALL);
        m.grant(SUPPORT_AGENT, new RecordType[] {ACTIVITY}, new Action[] {READ}, ALL);
        m.grant(SUPPORT_AGENT, new RecordType[] {ACTIVITY}, new Action[] {CREATE, UPDATE, DELETE}, MINE);
        m.grant(SUPPORT_AGENT, new RecordType[] {ORDER, CONTRACT}, new Action[] {READ}, ALL);
        m.grant(SUPPORT_AGENT, CATALOG, new Action[] {READ}, ALL);
        m.grant(SUPPORT_AGENT, new RecordType[] {MEMBER, RecordType.TEAM, WORKSPACE}, new Action[] {READ}, ALL);
        m.grant(SUPPORT_AGENT, new RecordType[] {REPORT}, new Action[] {READ}, TEAM);

        // Marketers run campaigns, bring leads in (also by import) and read what their campaigns produced.
        m.grant(MARKETER, new RecordType[] {CAMPAIGN}, ALL_ACTIONS, ALL);
        m.grant(MARKETER, new RecordType[] {LEAD}, new Action[] {READ, CREATE, IMPORT, EXPORT}, ALL);
        m.grant(MARKETER, new RecordType[] {LEAD}, new Action[] {UPDATE}, MINE);
        m.grant(MARKETER, new RecordType[] {ACCOUNT, CONTACT, OPPORTUNITY}, new Action[] {READ}, ALL);
        m.grant(MARKETER, new RecordType[] {ACTIVITY}, new Action[] {READ, CREATE, UPDATE}, MINE);
        m.grant(MARKETER, CATALOG, new Action[] {READ}, ALL);
        m.grant(MARKETER, new RecordType[] {MEMBER, RecordType.TEAM, WORKSPACE}, new Action[] {READ}, ALL);
        m.grant(MARKETER, new RecordType[] {REPORT}, new Action[] {READ, EXPORT}, ALL);
        return m;
    }

    /** The widest scope any of {@code roles} has for {@code action} on {@code type}; empty when none may. */
    public Optional<AccessScope> grant(Collection<Role> roles, RecordType type, Action action) {
        AccessScope widest = null;
        for (Role role : roles) {
            widest = AccessScope.widest(widest, grant(role, type, action).orElse(null));
        }
        return Optional.ofNullable(widest);
    }

    public Optional<AccessScope> grant(Role role, RecordType type, Action action) {
        return Optional.ofNullable(grants.getOrDefault(role, Map.of()).getOrDefault(type, Map.of()).get(action));
    }

    private void grant(Role role, RecordType[] types, Action[] actions, AccessScope scope) {
        for (RecordType type : types) {
            Map<Action, AccessScope> byAction = grants.computeIfAbsent(role, r -> new EnumMap<>(RecordType.class))
                    .computeIfAbsent(type, t -> new EnumMap<>(Action.class));
            for (Action action : actions) {
                byAction.merge(action, scope, AccessScope::widest);
            }
        }
    }
}
