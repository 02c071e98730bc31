// Sample bounce (written for this project): Exchange Online rejects a spoofed sender, 5.7.509 DMARC.
export const dmarc = `MIME-Version: 1.0
From: postmaster@outlook.com
To: <newsletter@mail.fabrikam.example>
Date: Wed, 18 Nov 2026 14:02:41 +0000
Subject: Undeliverable: November offers
Content-Type: multipart/report; report-type=delivery-status;
 boundary="dmarc_b2"
Message-ID: <0b7c1e9a-2d3f-4a5b-8c6d-7e8f9a0b1c2d@DM6PR11MB4321.namprd11.prod.outlook.com>
Auto-Submitted: auto-replied

--dmarc_b2
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

lee.chen@outlook.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: DM6PR11MB4321.namprd11.prod.outlook.com

lee.chen@outlook.com
Remote Server returned '550 5.7.509 Access denied, sending domain [FABRIKAM.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.'

--dmarc_b2
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR11MB4321.namprd11.prod.outlook.com
Received-From-MTA: dns;mail.fabrikam.example
Arrival-Date: Wed, 18 Nov 2026 14:02:39 +0000

Final-Recipient: rfc822;lee.chen@outlook.com
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain [FABRIKAM.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.

--dmarc_b2
Content-Type: text/rfc822-headers

Received: from mail.fabrikam.example (203.0.113.25) by
 DM6PR11MB4321.namprd11.prod.outlook.com with ESMTPS; Wed, 18 Nov 2026 14:02:39 +0000
Received: from app01.internal.fabrikam.example (10.1.2.3) by mail.fabrikam.example
 with SMTP; Wed, 18 Nov 2026 14:02:31 +0000
Authentication-Results: spf=fail (sender IP is 203.0.113.25)
 smtp.mailfrom=mail.fabrikam.example; dkim=none (message not signed)
 header.d=none;dmarc=fail action=oreject header.from=fabrikam.example;
Return-Path: newsletter@mail.fabrikam.example
From: Fabrikam Offers <offers@fabrikam.example>
To: lee.chen@outlook.com
Subject: November offers
Date: Wed, 18 Nov 2026 14:02:30 +0000
Message-ID: <20261118140230.4411@app01.internal.fabrikam.example>

--dmarc_b2--
`;
