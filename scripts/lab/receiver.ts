// The lab's scripted receiving side, on loopback only: answers every recipient as answers.ts says,
// stores what arrives for the sender's mailbox (the bounces and delay warnings) byte for byte,
// stays silent on 127.0.0.4:25 (a server that never greets) and on 127.0.0.5:53/udp (a name server
// that never answers, for the timed-out domain).
// usage: LAB_WORK=dir tsx scripts/lab/receiver.ts
import { createSocket } from "node:dgram";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { join } from "node:path";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import {
  ACCEPTED,
  BY_HOST,
  answerKey,
  recipientAnswer,
  senderAnswer,
  type Answer,
} from "./answers";

const WORK = process.env["LAB_WORK"] ?? "";
if (!WORK) throw new Error("LAB_WORK is not set");
const ARRIVALS = join(WORK, "arrivals");
mkdirSync(ARRIVALS, { recursive: true });
const log = (line: string): void =>
  appendFileSync(join(WORK, "receiver.log"), `${new Date().toISOString()} ${line}\n`);

/** An SMTP error whose reply is the answer's lines. smtp-server sends an array message as a
 * multi-line reply (code-text ... code text), which is how Gmail's refusals look on the wire. */
function refusal(answer: Answer, rcpt: string): Error {
  const lines = answer.lines.map((l) => l.replace("{rcpt}", rcpt));
  const err = Object.assign(new Error(), { responseCode: answer.code });
  Object.defineProperty(err, "message", { value: lines.length === 1 ? lines[0] : lines });
  return err;
}

const localPart = (address: string): string =>
  answerKey(address.slice(0, address.lastIndexOf("@")));

let seq = 0;
function store(session: SMTPServerSession, bytes: Buffer): void {
  seq += 1;
  const name = `${String(seq).padStart(4, "0")}.eml`;
  writeFileSync(join(ARRIVALS, name), bytes);
  const meta = {
    file: name,
    time: Date.now(),
    mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
    rcpt: session.envelope.rcptTo.map((r) => r.address),
  };
  appendFileSync(join(WORK, "arrivals.jsonl"), JSON.stringify(meta) + "\n");
}

/** The sender's mailbox, and the smarthost set's senders' (their notices come back there). */
const isMailbox = (address: string): boolean =>
  localPart(address) === "sender" || senderAnswer(address) !== undefined;

/** The envelope sender of a session ("" for a bounce). */
const senderOf = (session: SMTPServerSession): string =>
  session.envelope.mailFrom ? session.envelope.mailFrom.address : "";

/** The receiver on 127.0.0.10: answers by local part, at RCPT or at the end of DATA; as the
 * smarthost set's smarthost (answers.ts, BY_SENDER) it first refuses the senders it refuses. */
const main = new SMTPServer({
  name: "mx.lab.test",
  banner: "lab receiver",
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onMailFrom(address, _session, callback) {
    const answer = senderAnswer(address.address);
    if (answer?.phase !== "mail") return callback();
    log(`MAIL ${address.address} -> ${answer.code}`);
    callback(refusal(answer, ""));
  },
  onRcptTo(address, session, callback) {
    const bySender = senderAnswer(senderOf(session));
    if (bySender?.phase === "rcpt") {
      log(`RCPT ${address.address} from ${senderOf(session)} -> ${bySender.code}`);
      return callback(refusal(bySender, address.address));
    }
    const answer = recipientAnswer(localPart(address.address));
    log(
      `RCPT ${address.address} from ${session.envelope.mailFrom ? session.envelope.mailFrom.address : ""} -> ${answer ? answer.code : 250}`,
    );
    if (answer?.phase === "rcpt") return callback(refusal(answer, address.address));
    if (!answer && !ACCEPTED.has(localPart(address.address)) && !isMailbox(address.address))
      return callback(new Error(`no lab answer for ${address.address}`));
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const bySender = senderAnswer(senderOf(session));
      if (bySender?.phase === "data") {
        log(`DATA refused for ${senderOf(session)} -> ${bySender.code}`);
        return callback(refusal(bySender, ""));
      }
      const refusing = session.envelope.rcptTo
        .map((r) => ({ rcpt: r.address, answer: recipientAnswer(localPart(r.address)) }))
        .find((r) => r.answer?.phase === "data");
      if (refusing?.answer) {
        log(`DATA refused for ${refusing.rcpt} -> ${refusing.answer.code}`);
        return callback(refusal(refusing.answer, refusing.rcpt));
      }
      if (session.envelope.rcptTo.some((r) => isMailbox(r.address)))
        store(session, Buffer.concat(chunks));
      callback();
    });
  },
});

/** A receiver per MAIL-phase answer, on its own loopback address (its domain's MX). */
const byHost = Object.values(BY_HOST).map(({ ip, answer }) => ({
  ip,
  server: new SMTPServer({
    name: `mx.lab.test`,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onMailFrom(address, _session, callback) {
      log(`MAIL ${address.address} at ${ip} -> ${answer.code}`);
      callback(refusal(answer, ""));
    },
  }),
}));

/** 127.0.0.4:25 accepts the connection and never says a word. */
const openSockets = new Set<Socket>();
const silent = createServer((socket) => {
  openSockets.add(socket);
  socket.on("close", () => openSockets.delete(socket));
  socket.on("error", () => socket.destroy());
});

/** 127.0.0.5:53/udp reads queries and never answers (dnsmasq forwards dnsfail.lab.test here). */
const mute = createSocket("udp4");
mute.on("message", () => undefined);

// A client that drops the connection without QUIT (nullmailer after a refusal) resets it: logged,
// not fatal to the receiver.
for (const server of [main, ...byHost.map((b) => b.server)])
  server.on("error", (err: Error) => log(`connection error: ${err.message}`));

main.listen(25, "127.0.0.10");
for (const { ip, server } of byHost) server.listen(25, ip);
silent.listen(25, "127.0.0.4");
mute.bind(53, "127.0.0.5");
log("listening");

process.on("SIGTERM", () => {
  for (const s of openSockets) s.destroy();
  main.close();
  for (const { server } of byHost) server.close();
  silent.close();
  mute.close();
  process.exit(0);
});
