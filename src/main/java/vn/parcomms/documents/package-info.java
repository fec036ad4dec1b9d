/**
 * Official documents: plans, decisions and reports as DOCX and PDF in the format of Decree
 * 30/2020/NĐ-CP, both drawn from one document model ({@link vn.parcomms.documents.OfficialDocument}).
 * Reads the plans, reports and organizations modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official documents")
package vn.parcomms.documents;
