package io.saola.crm.platform.mongo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a document type whose collection does not belong to any one workspace (the workspace registry
 * itself). Everything not marked is scoped to the current workspace: scoping is the default, sharing the
 * exception that must be declared and justified.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedAcrossWorkspaces {

    /** Why this collection is not owned by a workspace. */
    String reason();
}
