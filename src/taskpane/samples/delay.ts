// Sample report (written for this project): Exchange Online says a message is delayed, 4.4.7.
export const delay = `MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>
To: <alex.wilber@contoso.com>
Date: Thu, 19 Nov 2026 10:30:12 +0000
Subject: Delivery delayed: Invoice 2026-1142
Content-Type: multipart/report; report-type=delivery-status;
 boundary="delay_b3"
Message-ID: <5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@SN6PR05MB5555.namprd05.prod.outlook.com>
Auto-Submitted: auto-replied

--delay_b3
Content-Type: text/plain; charset="us-ascii"

Delivery is delayed to these recipients or groups:

accounts@northwind.example

Subject: Invoice 2026-1142

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 48 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: SN6PR05MB5555.namprd05.prod.outlook.com
Receiving server: mx.northwind.example

accounts@northwind.example
Remote Server at mx.northwind.example (198.51.100.7) returned '400 4.4.7 Message delayed'
11/19/2026 10:28:40 AM - Remote Server at mx.northwind.example (198.51.100.7) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection timed out." Attempted failover to alternate host, but that did not succeed.'

--delay_b3
Content-Type: message/delivery-status

Reporting-MTA: dns;SN6PR05MB5555.namprd05.prod.outlook.com
Received-From-MTA: dns;SN6PR05MB5555.namprd05.prod.outlook.com
Arrival-Date: Thu, 19 Nov 2026 06:18:09 +0000

Final-Recipient: rfc822;accounts@northwind.example
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Remote-MTA: dns;mx.northwind.example
Will-Retry-Until: Sat, 21 Nov 2026 06:18:09 +0000

--delay_b3
Content-Type: text/rfc822-headers

From: Alex Wilber <alex.wilber@contoso.com>
To: "accounts@northwind.example" <accounts@northwind.example>
Subject: Invoice 2026-1142
Date: Thu, 19 Nov 2026 06:18:05 +0000
Message-ID: <SN6PR05MB55551F2E3D4C@SN6PR05MB5555.namprd05.prod.outlook.com>

--delay_b3--
`;
