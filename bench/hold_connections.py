"""Holds N idle keep-alive connections to a medimeet server, for bench/run.sh.

Opens the connections, sends one GET /healthz on each (so each is a served keep-alive
connection, not a half-open socket), prints "held N" once all answered, then keeps them open
until stdin closes or a line arrives, and exits.

    /usr/bin/python3 bench/hold_connections.py HOST PORT N
"""
import asyncio
import sys


async def open_one(host, port, connections):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n")
    await writer.drain()
    status = await reader.readline()
    if not status.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"unexpected answer {status!r}")
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    connections.append((reader, writer))


async def main(host, port, count):
    connections = []
    # A few hundred at a time: the server's accept queue is finite.
    for start in range(0, count, 500):
        await asyncio.gather(*(open_one(host, port, connections) for _ in range(start, min(count, start + 500))))
    print(f"held {len(connections)}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    for _, writer in connections:
        writer.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
