package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.CHANNEL__FEEDS;
import static org.transform.dsl.model.ModelPackage.Literals.CHANNEL__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.TOOL__NAME;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Tool;

/**
 * Social is another channel, not a silo: a presence is launched only with a goal and someone to
 * maintain it, and what happens there reaches the CRM.
 */
public class ChannelChecks extends TransformCheck {

	/** Issue data telling the quick fix what to add. */
	public static final String FIX_GOAL = "serves";
	public static final String FIX_MAINTAINER = "maintained-by";

	@Check
	public void channelHasGoalAndMaintainer(Channel channel) {
		if (channel.getGoal() == null) {
			error("Channel '" + channel.getName() + "' serves no goal: launch a presence only once you know its goal — add 'serves "
					+ "<goal>'.", CHANNEL__NAME, IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER, FIX_GOAL);
		}
		if (channel.getMaintainers().isEmpty()) {
			error("Channel '" + channel.getName() + "' has no one to maintain it: launch a presence only once you know who will "
					+ "maintain it — add 'maintained-by <team>'.", CHANNEL__NAME, IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER,
					FIX_MAINTAINER);
		}
	}

	@Check
	public void channelFeedsCrm(Channel channel) {
		List<Tool> fed = channel.getFeeds().stream().filter(PlanAnalysis::resolved).toList();
		if (channel.getFeeds().isEmpty()) {
			warning("Channel '" + channel.getName() + "' feeds no CRM: social is another channel, not a silo — add 'feeds <CRM tool>' "
					+ "so a customer never has to explain twice.", CHANNEL__NAME, IssueCodes.SOCIAL_SILO);
		} else if (!fed.isEmpty() && fed.stream().noneMatch(PlanAnalysis::isCrm)) {
			warning("Channel '" + channel.getName() + "' feeds " + labels(fed) + ", but no CRM: tie the channel into the CRM (a tool "
					+ "with 'category crm') so customer conversations are not lost.", CHANNEL__FEEDS, IssueCodes.SOCIAL_SILO);
		}
	}

	@Check
	public void socialToolFeedsCrm(Tool tool) {
		if (PlanAnalysis.isSocial(tool) && !analysis().feedsCrm(tool)) {
			warning("Social tool '" + tool.getName() + "' is not integrated with a CRM: social is another channel, not a silo — add "
					+ "'integrates-with <CRM tool>'.", TOOL__NAME, IssueCodes.SOCIAL_SILO);
		}
	}
}
