package io.saola.crm.platform.test.directory;

import java.util.List;

import io.saola.crm.platform.directory.MemberDirectory;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Puts members and teams into a service's workspace directory, as identity-service's events would, for tests
 * that name someone else as an owner or a team outside the caller's token. The caller's own id and teams need no
 * seeding.
 * <pre>{@code
 * directory().members(workspace, "rep-lan", "rep-minh").teams(workspace, "north");
 * }</pre>
 */
public final class TestDirectory {

    private final MemberDirectory directory;

    public TestDirectory(MemberDirectory directory) {
        this.directory = directory;
    }

    /** Active members of {@code workspace}, as if each had just joined. */
    public TestDirectory members(String workspace, String... userIds) {
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> {
            for (String userId : userIds) {
                directory.memberChanged(userId, 0, true);
            }
        });
        return this;
    }

    /** A member of {@code workspace} who joined and was deactivated (a later join does not undo it). */
    public TestDirectory deactivated(String workspace, String userId) {
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> directory.memberChanged(userId, 1, false));
        return this;
    }

    /** Teams of {@code workspace}, as if each had just been created (members do not matter to owner checks). */
    public TestDirectory teams(String workspace, String... teamIds) {
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> {
            for (String teamId : teamIds) {
                directory.teamChanged(teamId, 0, List.of(), false);
            }
        });
        return this;
    }
}
