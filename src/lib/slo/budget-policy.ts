/**
 * Thresholds of the example error budget policy in The Site Reliability
 * Workbook (2018, appendix B), shared by the tools that apply it. A module of
 * its own, so a tool that needs a threshold does not load another tool's code.
 */

/** A single incident that spends more than 20% of the four-week budget needs a postmortem with at least one P0 action item. */
export const POSTMORTEM_INCIDENT_FRACTION = 0.2;
