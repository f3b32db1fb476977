package io.saola.crm.identity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.platform.tenancy.InvalidWorkspaceIdException;
import io.saola.crm.platform.tenancy.WorkspaceId;

class WorkspaceTest {

    @Test
    void aNewWorkspaceIsActiveWithVietnameseDefaults() {
        Workspace workspace = Workspace.create(WorkspaceId.of("acme"), "  Acme Việt Nam ", Instant.EPOCH);

        assertThat(workspace.status()).isEqualTo(WorkspaceStatus.ACTIVE);
        assertThat(workspace.name()).isEqualTo("Acme Việt Nam");
        assertThat(workspace.settings()).isEqualTo(new WorkspaceSettings("vi", "Asia/Ho_Chi_Minh", "VND"));
    }

    @Test
    void refusesNamesThatAreEmptyOrTooLong() {
        assertThatThrownBy(() -> Workspace.create(WorkspaceId.of("acme"), " ", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Workspace.create(WorkspaceId.of("acme"), "x".repeat(121), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workspaceIdsAreLowercaseSlugsOfThreeToFortyCharacters() {
        assertThat(WorkspaceId.isValid("demo")).isTrue();
        assertThat(WorkspaceId.isValid("cong-ty-abc-2026")).isTrue();
        assertThat(WorkspaceId.isValid("ab")).isFalse();
        assertThat(WorkspaceId.isValid("a".repeat(41))).isFalse();
        assertThat(WorkspaceId.isValid("Demo")).isFalse();
        assertThat(WorkspaceId.isValid("-demo")).isFalse();
        assertThat(WorkspaceId.isValid("demo-")).isFalse();
        assertThat(WorkspaceId.isValid("de--mo")).isFalse();
        assertThat(WorkspaceId.isValid("đemo")).isFalse();
        assertThat(WorkspaceId.isValid("demo.evil")).isFalse();
        assertThatThrownBy(() -> WorkspaceId.of("../etc")).isInstanceOf(InvalidWorkspaceIdException.class);
    }

    @Test
    void settingsRefuseUnknownLocalesZonesAndCurrencies() {
        assertThatThrownBy(() -> new WorkspaceSettings("fr", "Asia/Ho_Chi_Minh", "VND"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkspaceSettings("vi", "Mars/Base", "VND")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new WorkspaceSettings("vi", "Asia/Ho_Chi_Minh", "XYZ"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
