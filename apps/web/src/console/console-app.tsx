import './console.css';
import { Route, Routes } from 'react-router';
import { CityOfficePage } from './city-office/city-office-page';
import { ConsoleShell } from './console-shell';
import { DepartmentPage } from './department/department-page';
import { RequireStaff } from './require-staff';
import { ReviewPage } from './review/review-page';
import { StaffSignInPage } from './staff-sign-in/staff-sign-in-page';
import { StationManagerPage } from './station-manager/station-manager-page';

/** The desk consoles under /console, a chunk of their own: the worker app's first load never carries them. */
export default function ConsoleApp() {
  return (
    <Routes>
      <Route path="sign-in" element={<StaffSignInPage />} />
      <Route element={<RequireStaff />}>
        <Route element={<ConsoleShell />}>
          <Route index element={null} />
          <Route path="review" element={<ReviewPage />} />
          <Route path="department" element={<DepartmentPage />} />
          <Route path="stations" element={<StationManagerPage />} />
          <Route path="city-office" element={<CityOfficePage />} />
        </Route>
      </Route>
    </Routes>
  );
}
