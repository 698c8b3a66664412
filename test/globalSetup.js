/**
 * Tests run in UTC+14 (Kiribati), where a date computed through local midnight would land on the wrong day:
 * any date code that leans on the machine's time zone fails here rather than at a user's desk.
 */
module.exports = () => {
  process.env.TZ = "Pacific/Kiritimati";
};
