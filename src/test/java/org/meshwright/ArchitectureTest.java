package org.meshwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of style.md, "Layers", stated as rules over the compiled main classes. */
@AnalyzeClasses(packages = "org.meshwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.meshwright..";

    @ArchTest
    static final ArchRule modelDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage("org.meshwright.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.meshwright.model..", "java..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages("org.meshwright.ui..", "org.meshwright.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("every command-line path, rule and exporter must run without a display")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule mainLoadsNoJavafx = noClasses()
            .that().haveFullyQualifiedName("org.meshwright.app.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("Main runs the command line, which must not start the JavaFX toolkit")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cliNeverTouchesUi = noClasses()
            .that().resideInAPackage("org.meshwright.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.meshwright.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule editDependsOnlyOnModel = dependsOnlyOnModelAndLibraries("edit");

    @ArchTest
    static final ArchRule rulesDependOnlyOnModel = dependsOnlyOnModelAndLibraries("rules");

    @ArchTest
    static final ArchRule ioDependsOnlyOnModel = classes()
            .that().resideInAPackage("org.meshwright.io..")
            .and().resideOutsideOfPackage("org.meshwright.io.export..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.meshwright.io..",
                    "org.meshwright.model..").or(JavaClass.Predicates.resideOutsideOfPackage(BASE)))
            .allowEmptyShould(true);

    /**
     * Pictures come from the one drawing routine (diagram), may mark findings (rules) and lay out
     * the nodes a file gives no position (layout).
     */
    @ArchTest
    static final ArchRule exportDependsOnModelDiagramRulesAndLayout = classes()
            .that().resideInAPackage("org.meshwright.io.export..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.meshwright.io..",
                    "org.meshwright.model..", "org.meshwright.diagram..", "org.meshwright.rules..",
                    "org.meshwright.layout..")
                    .or(JavaClass.Predicates.resideOutsideOfPackage(BASE)))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule layoutDependsOnlyOnModel = dependsOnlyOnModelAndLibraries("layout");

    @ArchTest
    static final ArchRule diagramDependsOnlyOnModelAndRules = classes()
            .that().resideInAPackage("org.meshwright.diagram..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.meshwright.diagram..", "org.meshwright.model..",
                    "org.meshwright.rules..", "java..")
            .because("the diagram is drawn the same way by the canvas and by the headless SVG and PNG exporters")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppDependsOnApp = noClasses()
            .that().resideOutsideOfPackage("org.meshwright.app..")
            .should().dependOnClassesThat().resideInAPackage("org.meshwright.app..")
            .allowEmptyShould(true);

    /** Guards against rules passing vacuously: allowEmptyShould would hide an import that found nothing. */
    @ArchTest
    static void importSeesTheMainClasses(JavaClasses classes) {
        assertThat(classes.contain("org.meshwright.model.Mesh")).isTrue();
        assertThat(classes.contain("org.meshwright.app.Main")).isTrue();
        assertThat(classes.contain("org.meshwright.diagram.DiagramScene")).isTrue();
        assertThat(classes.contain("org.meshwright.ArchitectureTest")).isFalse();
    }

    /** Classes of {@code layer} use their own layer, the model and libraries: no other part of Meshwright. */
    private static ArchRule dependsOnlyOnModelAndLibraries(String layer) {
        String own = "org.meshwright." + layer + "..";
        return classes()
                .that().resideInAPackage(own)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(own, "org.meshwright.model..")
                        .or(JavaClass.Predicates.resideOutsideOfPackage(BASE)))
                .allowEmptyShould(true);
    }
}
