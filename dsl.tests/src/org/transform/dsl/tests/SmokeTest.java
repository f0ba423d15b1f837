package org.transform.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class SmokeTest {
	@Inject ParseHelper<TransformFile> parser;
	@Inject ValidationTestHelper validator;

	@Test
	public void parses() throws Exception {
		TransformFile f = parser.parse("""
				plan SalesTransformation "Shorter sales cycles" {
				    period 2026-01 to 2027-12
				}
				team Sales "Field sales"
				indicator SalesCycle "Sales cycle length" {
				    unit days  better lower  cadence monthly
				    measured-by "Median days"
				    baseline 94 on 2026-01-31
				}
				goal CloseFaster "Close deals faster" {
				    owner Sales
				    lower SalesCycle to 60 by 2027-06
				}
				""");
		Assertions.assertTrue(f.eResource().getErrors().isEmpty(), () -> f.eResource().getErrors().toString());
		System.out.println(validator.validate(f));
	}
}
