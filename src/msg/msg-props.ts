// MAPI property ids this reader uses (MS-OXPROPS, PidTag* canonical names).
export const PROP = {
  messageClass: "001a",
  transportHeaders: "007d",
  reportText: "1001", // a report's text when it was saved without a body
  supplementaryInfo: "0c1b", // recipient: the diagnostic text of an NDR row
  ndrReasonCode: "0c04",
  ndrDiagCode: "0c05",
  ndrStatusCode: "0c20",
  remoteMta: "0c21",
  reportingMta: "6820",
  smtpAddress: "39fe",
  emailAddress: "3003",
  addressType: "3002",
  displayName: "3001",
  internetMessageId: "1035",
  messageCodepage: "3ffd", // the code page of the file's 8-bit (PT_STRING8) strings
  internetCodepage: "3fde", // the charset of the message as it came over the wire
} as const;

/** Recipient properties that only a delivery report's recipient rows carry. */
export const NDR_RECIPIENT_PROPS = [
  PROP.supplementaryInfo,
  PROP.ndrReasonCode,
  PROP.ndrDiagCode,
  PROP.ndrStatusCode,
  PROP.remoteMta,
] as const;
