package org.transform.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.IndicatorStatus;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/** The grammar reads a plan the way LANGUAGE.md writes it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TransformParsingTest {

	@Inject
	private ParseHelper<TransformFile> parser;

	@Test
	public void readsAPlanWithItsPeriodIndicatorAndGoal() throws Exception {
		TransformFile file = parser.parse("""
				plan SalesTransformation "Shorter sales cycles" {
				    period 2026-01 to 2027-12
				}
				team Sales "Field sales"
				indicator SalesCycle "Sales cycle length" {
				    unit days  better lower  cadence monthly  status unreliable
				    measured-by "Median days from first meeting to signature"
				    baseline 94.5 on 2026-01-31
				}
				goal CloseFaster "Close deals faster" {
				    owner Sales
				    lower SalesCycle to 60 by 2027-06
				}
				""");
		assertTrue(file.eResource().getErrors().isEmpty(), () -> file.eResource().getErrors().toString());
		Plan plan = (Plan) file.getHeader();
		assertEquals("2026-01", plan.getPeriodStart());
		assertEquals("2027-12", plan.getPeriodEnd());
		Indicator indicator = (Indicator) file.getElements().get(1);
		assertEquals(Direction.LOWER, indicator.getBetter());
		assertEquals(IndicatorStatus.UNRELIABLE, indicator.getStatus());
		assertEquals(new BigDecimal("94.5"), indicator.getBaseline());
		GoalMove move = ((Goal) file.getElements().get(2)).getMoves().get(0);
		assertEquals(Direction.LOWER, move.getDirection());
		assertEquals(indicator, move.getIndicator());
		assertEquals(new BigDecimal("60"), move.getTarget());
		assertEquals("2027-06", move.getDate());
	}
}
