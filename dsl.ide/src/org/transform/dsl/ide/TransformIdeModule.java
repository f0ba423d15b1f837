package org.transform.dsl.ide;

/** Registers the IDE services (content assist, hover, quick fixes ...) shared by the language server and the Eclipse editor. */
public class TransformIdeModule extends AbstractTransformIdeModule {
}
