package org.transform.dsl.scoping;

/**
 * Type-based scoping is enough: a reference to a team offers teams, {@code supports} offers
 * practices, {@code deploys} offers tools. Namespaces and imports are handled by
 * {@link TransformImportScoping}.
 */
public class TransformScopeProvider extends AbstractTransformScopeProvider {
}
