"""Books at a steady rate on a medimeet server while bench/run.sh measures reads, for bench/run.sh.

Takes the lines of BOOKINGS_FILE ("<token> <doctorId> <instant>") from its last line backwards,
less the last SKIP ones (the booking scenario takes them from the first; each run of this script
skips those the runs before it took), posts one booking every 1/RATE seconds over
one keep-alive connection until stdin closes or a line arrives, then prints
"booked N refused M" and exits.

    /usr/bin/python3 bench/book_steadily.py HOST PORT BOOKINGS_FILE RATE SKIP
"""
import http.client
import json
import select
import sys
import time


def main(host, port, bookings_file, rate, skip):
    with open(bookings_file) as lines:
        bookings = [line.split() for line in lines if line.strip()]
    bookings = bookings[:max(0, len(bookings) - skip)]
    connection = http.client.HTTPConnection(host, port, timeout=10)
    booked = refused = 0
    interval = 1.0 / rate
    due = time.monotonic()
    while bookings:
        wait = max(0.0, due - time.monotonic())
        if select.select([sys.stdin], [], [], wait)[0]:
            break
        token, doctor, instant = bookings.pop()
        connection.request("POST", "/api/v1/appointments",
                           body=json.dumps({"doctorId": doctor, "appointmentDate": instant}),
                           headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        if response.status == 201:
            booked += 1
        else:
            refused += 1
        due += interval
    print(f"booked {booked} refused {refused}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))
