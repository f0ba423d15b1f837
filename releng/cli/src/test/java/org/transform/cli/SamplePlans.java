package org.transform.cli;

/** Plans shared by the end-to-end tests of the jar. */
final class SamplePlans {

	private SamplePlans() {
	}

	/** An organization file: teams under Commercial and one CRM. */
	static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial"
			team Sales "Field sales" { part-of Commercial  size 40 }
			team Marketing "Marketing" { part-of Commercial }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";
}
