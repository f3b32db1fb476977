package io.saola.crm.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service keeps, checked by one small test per service:
 * <ul>
 * <li>domain packages stay free of Spring, MongoDB, Kafka and web types;</li>
 * <li>storage goes through Spring Data (which the platform scopes per workspace), never the raw driver;</li>
 * <li>only the platform may work across workspaces;</li>
 * <li>tenancy is not re-implemented: services do not read the forwarded workspace header themselves.</li>
 * </ul>
 */
public final class ServiceArchitectureRules {

    private ServiceArchitectureRules() {
    }

    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static ArchRule domainHasNoFrameworkDependencies() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "jakarta.servlet..", "tools.jackson..", "..web..",
                        "..persistence..", "..messaging..")
                .allowEmptyShould(true)
                .because("aggregates own their rules and must not depend on frameworks or outer layers");
    }

    public static ArchRule noRawMongoDriver() {
        return noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.mongodb.client.MongoClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.mongodb.client.MongoDatabase")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.mongodb.client.MongoClients")
                .allowEmptyShould(true)
                .because("storage access goes through Spring Data, which the platform scopes to the workspace");
    }

    public static ArchRule noCrossWorkspaceAccess() {
        return noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("io.saola.crm.platform.mongo.CrossWorkspace")
                .allowEmptyShould(true)
                .because("only platform machinery may work across workspaces");
    }

    public static ArchRule noOwnTenantHeaderHandling() {
        return noClasses().should().accessField(io.saola.crm.platform.tenancy.WorkspaceHeaders.class,
                        "FORWARDED_WORKSPACE")
                .allowEmptyShould(true)
                .because("the platform resolves and checks the workspace once; services use WorkspaceContext");
    }

    /** Checks all of the above against the service's production classes. */
    public static void check(String basePackage) {
        JavaClasses classes = productionClassesOf(basePackage);
        domainHasNoFrameworkDependencies().check(classes);
        noRawMongoDriver().check(classes);
        noCrossWorkspaceAccess().check(classes);
        noOwnTenantHeaderHandling().check(classes);
    }
}
