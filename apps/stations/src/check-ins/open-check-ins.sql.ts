/** SQL for how many workers are checked in at the station aliased `alias` right now. */
export const openCheckInsOf = (alias: string) =>
  `(SELECT count(*) FROM station_check_ins open_check_in WHERE open_check_in.station_id = ${alias}.id AND open_check_in.checked_out_at IS NULL)`;
