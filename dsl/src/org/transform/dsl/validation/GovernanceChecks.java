package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__DEPLOYS;
import static org.transform.dsl.model.ModelPackage.Literals.POLICY__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.TOOL__CATEGORY;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.model.Adoption;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.Tool;

/**
 * Governance of the application landscape and of rules: one tool per need, embrace what people
 * already adopted, no policy for policy's sake.
 */
public class GovernanceChecks extends TransformCheck {

	@Check
	public void oneToolPerCategory(Tool tool) {
		List<Tool> same = analysis().toolsOfCategory(PlanAnalysis.category(tool));
		if (same.size() < 2) {
			return;
		}
		warning("Tool '" + tool.getName() + "' is one of " + same.size() + " '" + tool.getCategory() + "' tools (also " + firstLabels(same, tool)
				+ "): rationalise the landscape — keep one and plan how the others are retired.", TOOL__CATEGORY, IssueCodes.REDUNDANT_TOOLS);
	}

	@Check
	public void embraceWhatIsAdoptedBottomUp(LeverChange change) {
		if (PlanAnalysis.lever(change) != LeverKind.TECHNOLOGY) {
			return;
		}
		PlanAnalysis analysis = analysis();
		for (int i = 0; i < change.getDeploys().size(); i++) {
			Tool deployed = change.getDeploys().get(i);
			if (!PlanAnalysis.resolved(deployed) || deployed.getAdoption() == Adoption.BOTTOM_UP) {
				continue;
			}
			List<Tool> adopted = analysis.bottomUpToolsOfCategory(PlanAnalysis.category(deployed));
			if (!adopted.isEmpty()) {
				info("Change '" + change.getName() + "' deploys " + label(deployed) + " although " + firstLabels(adopted, deployed) + ", also '"
						+ deployed.getCategory() + "', " + (adopted.size() == 1 ? "was" : "were") + " already adopted bottom-up: look "
						+ "bottom-up — embracing what people already use works better than introducing another tool.",
						LEVER_CHANGE__DEPLOYS, i, IssueCodes.BOTTOM_UP_IGNORED);
			}
		}
	}

	@Check
	public void policyServesAGoal(Policy policy) {
		if (policy.getServes().isEmpty()) {
			warning("Policy '" + policy.getName() + "' serves no goal: don't create a policy for policy's sake — say which goal it "
					+ "helps ('serves ...') or drop it.", POLICY__NAME, IssueCodes.POLICY_WITHOUT_GOAL);
		}
	}
}
