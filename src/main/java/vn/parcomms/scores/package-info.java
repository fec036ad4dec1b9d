/**
 * The PAR Index communication score of a body for a year, criterion by criterion with the evidence
 * each point rests on, and the evidence pack the assessors ask for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scores")
package vn.parcomms.scores;
