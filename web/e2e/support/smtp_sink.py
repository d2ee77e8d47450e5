"""A real SMTP server for the end-to-end tests: stores each message it receives as a file.

Run with Debian's /usr/bin/python3 (it has python3-aiosmtpd):
    smtp_sink.py HOST PORT DIRECTORY
Each message becomes DIRECTORY/<n>.eml, written to a temporary name first and then renamed, so a
reader never sees half a message.
"""
import asyncio
import itertools
import os
import signal
import sys

from aiosmtpd.controller import Controller


class SaveToDirectory:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        number = next(self.counter)
        temporary = os.path.join(self.directory, f".{number}.tmp")
        with open(temporary, "wb") as out:
            out.write(f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n".encode())
            out.write(envelope.original_content or envelope.content)
        os.rename(temporary, os.path.join(self.directory, f"{number:05d}.eml"))
        return "250 OK"


def main():
    host, port, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    controller = Controller(SaveToDirectory(directory), hostname=host, port=port)
    controller.start()
    print("ready", flush=True)
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
