//! The deadline calendar: the screen, the command line and the .ics file.
