"""Parses .ics files with the `icalendar` package (PyPI) and prints what it read as JSON.

Used by server/tests/booking_workflow.rs: a file this cannot read would not open in
people's calendar programs either.
"""
import json
import sys

from icalendar import Calendar

result = []
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    events = []
    for event in calendar.walk("VEVENT"):
        events.append(
            {
                "uid": str(event.get("UID")),
                "summary": str(event.get("SUMMARY")),
                "start": event.decoded("DTSTART").isoformat(),
                "end": event.decoded("DTEND").isoformat(),
                "status": str(event.get("STATUS")),
            }
        )
    result.append({"name": str(calendar.get("X-WR-CALNAME")), "events": events})
print(json.dumps(result))
