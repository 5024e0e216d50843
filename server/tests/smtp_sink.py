"""A real SMTP server (aiosmtpd) on loopback for the mail delivery test.

Usage: smtp_sink.py PORT FILE. Prints "ready" once listening; appends one JSON line per
message received to FILE (its Message-ID, recipients, subject and text).
Used by the delivery test and, during `make e2e`, as the app server's mail server. Runs until killed.
"""
import json
import signal
import sys
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        line = {
            "id": str(message["Message-ID"]),
            "to": envelope.rcpt_tos,
            "subject": str(message["Subject"]),
            "body": body.get_content() if body is not None else "",
        }
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return "250 OK"


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Sink(path), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        signal.pause()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
