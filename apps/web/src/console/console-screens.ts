/** A console screen: its path under /console and its catalogue key in the console's navigation. */
export interface ConsoleScreen {
  path: string;
  label: string;
}

const REVIEW: ConsoleScreen = { path: 'review', label: 'console.nav.review' };
const DEPARTMENT: ConsoleScreen = { path: 'department', label: 'console.nav.department' };
const STATIONS: ConsoleScreen = { path: 'stations', label: 'console.nav.stations' };
const CITY_OFFICE: ConsoleScreen = { path: 'city-office', label: 'console.nav.cityOffice' };

/** The screens of each staff role, its main one first; a worker (or an unknown role) has none. */
export function consoleScreensOf(role: string): ConsoleScreen[] {
  switch (role) {
    case 'community-staff':
      return [REVIEW];
    case 'department':
      return [DEPARTMENT];
    case 'station-manager':
      return [STATIONS];
    case 'admin':
      return [CITY_OFFICE, REVIEW, STATIONS];
    default:
      return [];
  }
}
