// Generated from docs/openapi.json by apps/web/scripts/generate-api-client.ts. Do not edit: run `npm run web:api`.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JwksController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiIndexController_index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/acceptance/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AcceptanceController_listTemplates"];
        put?: never;
        post: operations["AcceptanceController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AreasController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AreasController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the city map (city office)
         * @description A GeoJSON FeatureCollection of districts, streets and communities (docs/city-map.md). All or nothing: a 422 `area-import-invalid` lists under `features` each problem by index, code and kind. Importing the same map again changes nothing.
         */
        post: operations["AreasController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community a point lies in, with its street and district (all null outside the map) */
        get: operations["AreasController_locate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an ID token of the city's identity provider for a Waystation session
         * @description The client runs the authorization code flow (with PKCE) against the provider configured in GATEWAY_OIDC_ISSUER and sends the ID token it got. Role and scopes come from the token by the configured claim mapping. 404 oidc-not-configured where the city has no provider; 401 invalid-id-token; 403 oidc-role-not-mapped.
         */
        post: operations["OidcSignInController_oidcSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/phone/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PhoneSignInController_requestCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/phone/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PhoneSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/staff/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a staff username and password
         * @description After 5 failures for a username each attempt waits longer (sign-in-slowed-down), after 10 it is locked for a while (sign-in-locked); `retryAfterSeconds` says when to try again. An unknown username answers like a wrong password.
         */
        post: operations["StaffSignInController_staffSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each community's points budget for a month beside what its workers earned: every community for the city office, their own for community staff */
        get: operations["CommunityBudgetsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-budgets/{communityCode}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets a community's points budget for a month (admin); a budget steers, it never stops workers earning */
        put: operations["CommunityBudgetsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per department, of the reports dispatched to it in the period: open, overdue by its own deadlines, median minutes to acknowledge and to resolve (city office) */
        get: operations["DepartmentFiguresController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reports routed to the caller's department, with SLA deadlines (department users) */
        get: operations["DispatchController_departmentQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-queue/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department takes the report on */
        post: operations["DispatchController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-queue/{id}/not-responsible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department answers it is not responsible, with a reason; declined by all, the report goes back to staff */
        post: operations["DispatchController_notResponsible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-queue/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department posts progress: a note, and photos it uploaded */
        post: operations["DispatchController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-queue/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department resolves its part, with evidence; the report is resolved when every department's is */
        post: operations["DispatchController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The departments reports are routed to (staff and departments) */
        get: operations["DepartmentsController_list"];
        put?: never;
        /** Adds a department (admin) */
        post: operations["DepartmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a department's names, contact or districts (admin) */
        patch: operations["DepartmentsController_update"];
        trace?: never;
    };
    "/api/v1/dispatch-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports waiting for staff to dispatch in the caller's communities: no rule matched, declined, or reopened */
        get: operations["DispatchController_dispatchQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/earning-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How points are earned: every version of every earning rule, and which is in effect now */
        get: operations["EarningRulesController_list"];
        put?: never;
        /** Adds a version of an earning rule from a moment to come (admin); points already earned keep the version they were earned by */
        post: operations["EarningRulesController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports past an SLA deadline: community staff see their communities, admins every one */
        get: operations["ReportSlasController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaderboards/{scope}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month's leaderboard of a community or a district, from the ledger: names masked, workers who opted out left out */
        get: operations["PointsStandingsController_leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete: operations["MeController_close"];
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyCheckInController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/check-in/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyCheckInController_checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyLiveEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The worker app's first screen: nearby operating stations, balance, unread notifications, open reports */
        get: operations["MyHomeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyNotificationsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark your notifications read up to the newest you have seen
         * @description Every one of yours up to `upTo` (ids sort by creation) is marked read, once; newer ones stay unread. Answers the unread count.
         */
        post: operations["MyNotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyPointsController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points/leaderboard-preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Whether you appear (masked) on the leaderboards; you always see your own standing */
        put: operations["MyPointsController_setLeaderboardPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyPointsController_transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyRedemptionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/redemptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyRedemptionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/session-sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MySessionSignUpsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/session-sign-ups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MySessionSignUpsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Open311 clients, revoked ones included; never their keys */
        get: operations["Open311ClientsController_list"];
        put?: never;
        /** Issue a city system an Open311 api_key, returned this once (only its hash is kept) */
        post: operations["Open311ClientsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the client's api_key: its next request is refused with 403; revoking again changes nothing */
        post: operations["Open311ClientsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month's points per community: earned (by category group), voided, redeemed, budget used; staff see their communities */
        get: operations["PointsStandingsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/resolved-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolved reports for a city map, anonymised: no reporter, no free text, places rounded to ~100 m, no care referrals */
        get: operations["PublicReportsController_resolved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionsController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionsController_fulfil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportCategoriesController_list"];
        put?: never;
        post: operations["ReportCategoriesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportCategoriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ReportCategoriesController_update"];
        trace?: never;
    };
    "/api/v1/report-photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportPhotosController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportPhotosController_uploaded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-slas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long the city gives itself to acknowledge and resolve a report, per category */
        get: operations["ReportSlasController_policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-slas/{categoryCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets a category's SLA (admin); deadlines already running keep theirs */
        put: operations["ReportSlasController_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_list"];
        put?: never;
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispatches or re-routes a report with a reason: recategorise, add departments, take one away (staff) */
        post: operations["DispatchController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportReviewController_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportReviewController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/keep-apart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportReviewController_keepApart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportReviewController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportPhotosController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportPhotosController_reportPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportReviewController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_list"];
        put?: never;
        post: operations["RewardsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RewardsController_update"];
        trace?: never;
    };
    "/api/v1/rewards/{id}/stocks/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["RewardsController_setStock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current routing rules: category × district → departments, null district for the default */
        get: operations["DepartmentsController_rules"];
        /** Sets the rule of a category (and district): a new version, for confirmations from now on (admin) */
        put: operations["DepartmentsController_setRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-rules/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retires a rule without a successor: its reports route by the default, or wait for staff (admin) */
        post: operations["DepartmentsController_retireRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffAdminController_list"];
        put?: never;
        /** Create a staff account; without a password one is generated and returned once */
        post: operations["StaffAdminController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffAdminController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the display name, or role and scopes together
         * @description It takes effect with the account’s next access token (its next sign-in or refresh, within minutes).
         */
        patch: operations["StaffAdminController_update"];
        trace?: never;
    };
    "/api/v1/staff/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the account: sign-in and refresh are refused
         * @description It takes effect with the account’s next access token (its next sign-in or refresh, within minutes).
         */
        post: operations["StaffAdminController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAdminController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password; without one, one is generated and returned once */
        post: operations["StaffAdminController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationProgressController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-service-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationServiceTypesController_list"];
        put?: never;
        post: operations["StationServiceTypesController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_markAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-sessions/{id}/sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_signUps"];
        put?: never;
        post: operations["SessionsController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/station-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StationProgressController_setTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationsController_list"];
        put?: never;
        post: operations["StationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["StationsController_update"];
        trace?: never;
    };
    "/api/v1/stations/{id}/check-in-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationCheckInsController_codes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StationCheckInsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationLifecycleController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AcceptanceController_listInspections"];
        put?: never;
        post: operations["AcceptanceController_recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationSessionsController_upcoming"];
        put?: never;
        post: operations["StationSessionsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StationLifecycleController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationCheckInsController_visits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StationImportController_importCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StationsController_nearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's endpoints (the city office: every department's), without their secrets */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Registers an endpoint for the department: its signing secret is in this answer only */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Changes an endpoint's URL, event types, description, or pauses it (active: false) */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log: each delivery with every attempt (time, status or error, duration) */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends chosen deliveries again, with their own ids (receivers dedupe on them), for another day of attempts
         * @description Replaying is no creation: sending it twice queues the same deliveries again, so no Idempotency-Key is needed.
         */
        post: operations["WebhooksController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replaces the signing secret at once (also for retries queued before): the new one is in this answer only */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{workerId}/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Corrects a worker's points by hand (admin), with a reason the worker reads in their history; never below zero */
        post: operations["PointAdjustmentsController_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicHealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicHealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service discovery: the endpoint, its formats, and how to get an api_key */
        get: operations["Open311DiscoveryController_discovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service requests: public reports, newest first, by ids or by filters and page */
        get: operations["Open311Controller_requests"];
        put?: never;
        /**
         * GeoReport v2 create service request: a city system files a report, form-encoded, with its api_key
         * @description Through the same intake as a worker's report: duplicates, the community's review queue, then dispatch. lat and long are required (no geocoding); media_url is not fetched; personal fields are not stored. No Idempotency-Key: a retry files again.
         */
        post: operations["Open311Controller_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service request: one public report (a list of one, as the standard has it) */
        get: operations["Open311Controller_request"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/servicerequestupdates.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** mySociety's servicerequestupdates: each step of the public reports' lives in a window, oldest first */
        get: operations["Open311Controller_updates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service list: the categories on offer (care referrals are not) */
        get: operations["Open311Controller_services"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service definition: the category's questions as attributes */
        get: operations["Open311Controller_serviceDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service request id from a token: requests are filed at once, so the token is the id */
        get: operations["Open311Controller_token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceTemplatePageDto_Output: {
            items: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                createdBy: string;
                /** Format: uuid */
                id: string;
                items: {
                    /** @description Stable code of a checklist item */
                    code: string;
                    label: {
                        en: string;
                        zh: string;
                    };
                    /** @description A station fails its inspection when a required item fails */
                    required: boolean;
                }[];
                name: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        AcceptanceTemplateViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            items: {
                /** @description Stable code of a checklist item */
                code: string;
                label: {
                    en: string;
                    zh: string;
                };
                /** @description A station fails its inspection when a required item fails */
                required: boolean;
            }[];
            name: string;
        };
        AcknowledgeAssignmentDto: {
            note?: string;
        };
        AddEarningRuleVersionDto: {
            /**
             * @description The most a worker may earn by this rule in a day (the city's clock); null for none
             * @default null
             */
            dailyCap: number | null;
            /**
             * Format: date-time
             * @description When it takes effect: now or later, never in the past
             */
            effectiveFrom: string;
            /**
             * @description The fact the rule pays for
             * @enum {string}
             */
            eventType: "report.confirmed" | "report.merged" | "report.closed" | "station.checked-in" | "station-session.attended";
            /**
             * @description The report category group, for the report events’ rules only
             * @enum {string}
             */
            group?: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
            /**
             * @description The most a worker may earn by this rule in a calendar month; null for none
             * @default null
             */
            monthlyCap: number | null;
            /** @description Why the rule changes, for the record */
            note?: string;
            /** @description 0 stops the rule paying */
            points: number;
        };
        AddReportPhotoDto: {
            /** Format: uuid */
            photoId: string;
        };
        AdjustPointsDto: {
            /** @description Positive adds points, negative takes them away (never below zero) */
            amount: number;
            /** @description Why, in words the worker reads in their history */
            reason: string;
        };
        ApiIndexDto_Output: {
            links: {
                [key: string]: string;
            };
            name: string;
            version: string;
        };
        AreaImportResultDto_Output: {
            /** @description Areas that were new, each announced with area.upserted */
            created: string[];
            /** @description Areas already stored exactly so: nothing written, nothing announced */
            unchanged: string[];
            /** @description Areas that changed, each announced with area.upserted */
            updated: string[];
        };
        AreaLocationDto_Output: {
            community: {
                /** @description [minLng, minLat, maxLng, maxLat] */
                bbox: number[];
                code: string;
                demo: boolean;
                /** @enum {string} */
                level: "district" | "street" | "community";
                nameEn: string;
                nameZh: string;
                /** @description Null for a district */
                parentCode: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            } | null;
            district: {
                /** @description [minLng, minLat, maxLng, maxLat] */
                bbox: number[];
                code: string;
                demo: boolean;
                /** @enum {string} */
                level: "district" | "street" | "community";
                nameEn: string;
                nameZh: string;
                /** @description Null for a district */
                parentCode: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            } | null;
            street: {
                /** @description [minLng, minLat, maxLng, maxLat] */
                bbox: number[];
                code: string;
                demo: boolean;
                /** @enum {string} */
                level: "district" | "street" | "community";
                nameEn: string;
                nameZh: string;
                /** @description Null for a district */
                parentCode: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            } | null;
        };
        AreaPageDto_Output: {
            items: {
                /** @description [minLng, minLat, maxLng, maxLat] */
                bbox: number[];
                code: string;
                demo: boolean;
                /** @enum {string} */
                level: "district" | "street" | "community";
                nameEn: string;
                nameZh: string;
                /** @description Null for a district */
                parentCode: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        AreaViewDto_Output: {
            /** @description [minLng, minLat, maxLng, maxLat] */
            bbox: number[];
            /** @description GeoJSON Polygon or MultiPolygon, WGS-84 [lng, lat] */
            boundary: {
                /** @description The outer ring, then any holes */
                coordinates: number[][][];
                /** @constant */
                type: "Polygon";
            } | {
                coordinates: number[][][][];
                /** @constant */
                type: "MultiPolygon";
            };
            code: string;
            demo: boolean;
            /** @enum {string} */
            level: "district" | "street" | "community";
            nameEn: string;
            nameZh: string;
            /** @description Null for a district */
            parentCode: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
        };
        AssignmentProgressDto: {
            note: string;
            /** @description Photos the caller uploaded (POST /photos) */
            photoIds?: string[];
        };
        AssignmentViewDto_Output: {
            departmentCode: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            dispatchedAt: string;
            /** @description Oldest first */
            history: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                at: string;
                /** @description Null for the first dispatch */
                from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                note: string | null;
                photoIds: string[];
                /** @enum {string} */
                status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
            }[];
            /** Format: uuid */
            reportId: string;
            /** @enum {string} */
            status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
        };
        BalanceViewDto_Output: {
            /** @description The worker the account belongs to */
            accountId: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            asOf: string;
            /** @description Points the worker may spend now */
            balance: number;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            expiringBy: string;
            /** @description Points of the balance that expire by `expiringBy` unless spent (oldest are spent first) */
            expiringSoon: number;
            /** @description Points reserved for submitted reports, earned when they are confirmed */
            pending: number;
        };
        ChangeStationStatusDto: {
            /** @description Why, kept in the station history */
            reason: string;
            /**
             * @description The status to move to; accepted is reached only through a passed acceptance inspection
             * @enum {string}
             */
            to: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
        };
        CheckInDto: {
            /** @description As scanned from the station's screen, or as printed at the station */
            code: string;
            /** @description The device's location; required with the printed code, which only works near the station */
            location?: {
                lat: number;
                lng: number;
            };
            /** @enum {string} */
            method: "rotating-code" | "printed-code";
        };
        CheckInViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            checkedInAt: string;
            /** @description Null while checked in */
            checkedOutAt: string | null;
            checkOutReason: ("worker" | "time-limit") | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "rotating-code" | "printed-code";
            /** Format: uuid */
            stationId: string;
            workerId: string;
        };
        CommunityBudgetListViewDto_Output: {
            /** @description Every community with a budget or earnings in the month, by code */
            items: {
                communityCode: string & (unknown & unknown);
                /** @description Points the community's workers earned in the month, charged to it */
                earned: number;
                month: string;
                /** @description The budget the city office set; null when none is set */
                points: number | null;
                setAt: string | null;
                setBy: string | null;
            }[];
        };
        CommunityBudgetViewDto_Output: {
            communityCode: unknown & unknown;
            /** @description Points the community's workers earned in the month, charged to it */
            earned: number;
            month: string;
            /** @description The budget the city office set; null when none is set */
            points: number | null;
            setAt: string | null;
            setBy: string | null;
        };
        /** @default {} */
        ConfirmReportDto: {
            note?: string;
            /**
             * @description How serious the problem is; medium when not given
             * @default medium
             * @enum {string}
             */
            severity: "low" | "medium" | "high" | "urgent";
        };
        CreateAcceptanceTemplateDto: {
            items: {
                /** @description Stable code of a checklist item */
                code: string;
                label: {
                    en: string;
                    zh: string;
                };
                /** @description A station fails its inspection when a required item fails */
                required: boolean;
            }[];
            name: string;
        };
        CreateDepartmentDto: {
            code: string;
            /** @description How staff reach the department: a phone number, an address */
            contact: string;
            /**
             * @description The districts it serves; empty for city-wide
             * @default []
             */
            districts: string[];
            name: {
                en: string;
                "zh-CN": string;
            };
        };
        CreatedStaffViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            displayName: string;
            /** @description Present only when the gateway generated the password: shown this once, never stored in the clear */
            generatedPassword?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "station-manager" | "community-staff" | "department" | "admin";
            scopes: {
                /** @default [] */
                communities: string[];
                department?: string;
                /** @default [] */
                stations: string[];
            };
            /** @enum {string} */
            status: "active" | "disabled" | "closed";
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            username: string;
        };
        CreateReportCategoryDto: {
            /**
             * @description Offered to reporters; a category is deactivated, never deleted
             * @default true
             */
            active: boolean;
            code: string;
            description: {
                en: string;
                "zh-CN": string;
            };
            /** @enum {string} */
            group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
            name: {
                en: string;
                "zh-CN": string;
            };
            /**
             * @description A care referral: its reports are seen only by the reporter, the community's staff and civil affairs
             * @default false
             */
            private: boolean;
            /**
             * @description Asked when reporting in this category (Open311 attributes)
             * @default []
             */
            questions: {
                code: string;
                label: {
                    en: string;
                    "zh-CN": string;
                };
                /** @description The choices of a single- or multiple-choice question only */
                options?: {
                    code: string;
                    emergency?: {
                        /** @enum {string} */
                        call: "110" | "119" | "120";
                        guidance: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                    label: {
                        en: string;
                        "zh-CN": string;
                    };
                }[];
                required: boolean;
                /** @enum {string} */
                type: "text" | "number" | "single-choice" | "multiple-choice";
            }[];
            /** @default 1000 */
            sortOrder: number;
        };
        CreateRewardDto: {
            /** @description Points */
            cost: number;
            /** @default null */
            description: {
                en: string;
                "zh-CN": string;
            } | null;
            /** @default null */
            imageUrl: string | null;
            /** @enum {string} */
            kind: "gift" | "service";
            /**
             * @description Per-worker limit; null for none
             * @default null
             */
            limit: {
                /** @description Redemptions one worker may make */
                count: number;
                /**
                 * @description …per calendar period in the city's time zone
                 * @enum {string}
                 */
                period: "day" | "week" | "month" | "year";
            } | null;
            name: {
                en: string;
                "zh-CN": string;
            };
            /**
             * @description For a service reward: the station service session it is a place in (a reference, not checked)
             * @default null
             */
            sessionId: string | null;
            /**
             * @description Not redeemable before; null for from now
             * @default null
             */
            validFrom: string | null;
            /**
             * @description Not redeemable from then on; null for no end
             * @default null
             */
            validUntil: string | null;
        };
        CreateStaffDto: {
            displayName: string;
            /** @description At least 12 characters, not the username; left out, one is generated and returned once */
            password?: string;
            /** @enum {string} */
            role: "station-manager" | "community-staff" | "department" | "admin";
            /**
             * @default {
             *       "stations": [],
             *       "communities": []
             *     }
             */
            scopes: {
                /** @default [] */
                communities: string[];
                department?: string;
                /** @default [] */
                stations: string[];
            };
            username: string;
        };
        CreateStationDto: {
            address: string;
            /** @default [] */
            amenities: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
            /**
             * @description Seats
             * @default null
             */
            capacity: number | null;
            /** @description The community it belongs to; when absent, the one its location lies in */
            communityCode?: unknown & unknown;
            /** @default null */
            contactPhone: string | null;
            district: string;
            /** @description The district targets and progress count the station in */
            districtCode?: string;
            /** @default null */
            hostOrganisation: ("community" | "enterprise" | "union" | "party-branch") | null;
            /** @description WGS-84 degrees, as the device reports them */
            location: {
                lat: number;
                lng: number;
            };
            names: {
                en?: string;
                "zh-CN": string;
            };
            /** @default null */
            openingHours: ({
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "always-open";
            } | {
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "weekly";
                weekly: {
                    /** @default [] */
                    friday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    monday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    saturday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    sunday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    thursday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    tuesday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    wednesday: {
                        closes: string;
                        opens: string;
                    }[];
                };
            }) | null;
            /** @default [] */
            photos: string[];
            /**
             * @description Codes of station service types (GET /api/v1/station-service-types)
             * @default []
             */
            services: string[];
            /**
             * @description Planned for a new station; an existing one may enter the registry as it is, except accepted, which only an inspection gives
             * @default planned
             * @enum {string}
             */
            status: "planned" | "under-construction" | "built" | "operating" | "suspended" | "closed";
        };
        CreateStationServiceTypeDto: {
            code: string;
            names: {
                en: string;
                "zh-CN": string;
            };
        };
        CreateWebhookEndpointDto: {
            /** @description The department the endpoint is for: a department user's own when left out; the city office must name it */
            departmentCode?: string;
            description?: string;
            /** @description The events delivered to this endpoint */
            eventTypes: ("report.dispatched" | "report.updated" | "report.withdrawn")[];
            /**
             * Format: uri
             * @description Where deliveries are POSTed: an https URL (http to 127.0.0.1 or localhost only where the deployment allows it)
             */
            url: string;
        };
        DepartmentFiguresViewDto_Output: {
            /** @description Every department, by code */
            departments: {
                /** @description Of those dispatched, the ones it acknowledged */
                acknowledged: number;
                code: string;
                /** @description Reports dispatched to the department in the period */
                dispatched: number;
                /** @description From dispatch to acknowledgement, elapsed time; null when none */
                medianMinutesToAcknowledge: number | null;
                /** @description From dispatch to resolution, elapsed time; null when none */
                medianMinutesToResolve: number | null;
                name: {
                    en: string;
                    "zh-CN": string;
                };
                /** @description Of those, the ones it is still on: dispatched, acknowledged or in progress */
                open: number;
                /** @description Of the open ones, those past the department's own acknowledge or resolve deadline now */
                overdue: number;
                /** @description Of those dispatched, the ones it resolved */
                resolved: number;
            }[];
            /** @description Null: since the first dispatch */
            from: string | null;
            /** @description Null: up to now */
            to: string | null;
        };
        DepartmentListDto_Output: {
            /** @description By code */
            items: {
                code: string;
                contact: string;
                /** @description Empty for city-wide */
                districts: string[];
                name: {
                    en: string;
                    "zh-CN": string;
                };
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
                /** @description Null for the seeded departments */
                updatedBy: string | null;
            }[];
        };
        DepartmentQueuePageDto_Output: {
            items: {
                /** @description The SLA deadline to acknowledge by */
                acknowledgeDueAt: string | null;
                address: string | null;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                communityCode: string | null;
                departmentCode: string;
                /** @description Null for a care referral, unless the department is civil affairs */
                description: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                dispatchedAt: string;
                districtCode: string | null;
                location: {
                    lat: number;
                    lng: number;
                } | null;
                overdue: boolean;
                /** @description A care referral */
                private: boolean;
                /** Format: uuid */
                reportId: string;
                /**
                 * @description The report's overall status
                 * @enum {string}
                 */
                reportStatus: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /** @description The SLA deadline to resolve by */
                resolveDueAt: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                /**
                 * @description The department's own part
                 * @enum {string}
                 */
                status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        DepartmentViewDto_Output: {
            code: string;
            contact: string;
            /** @description Empty for city-wide */
            districts: string[];
            name: {
                en: string;
                "zh-CN": string;
            };
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            /** @description Null for the seeded departments */
            updatedBy: string | null;
        };
        DispatchQueuePageDto_Output: {
            items: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        DistrictTargetViewDto_Output: {
            districtCode: string;
            /** @description Stations the district is to have in the year */
            plannedCount: number;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            setAt: string;
            setBy: string;
            year: number;
        };
        EarningRuleListViewDto_Output: {
            /** @description By event type and group, each rule’s versions newest first */
            items: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                createdBy: string;
                /** @description The version in effect now */
                current: boolean;
                dailyCap: number | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                effectiveFrom: string;
                /** @enum {string} */
                eventType: "report.confirmed" | "report.merged" | "report.closed" | "station.checked-in" | "station-session.attended";
                group: ("environment" | "obstruction" | "facilities" | "safety" | "people" | "other") | null;
                /** Format: uuid */
                id: string;
                monthlyCap: number | null;
                note: string | null;
                points: number;
            }[];
        };
        EarningRuleVersionViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            createdBy: string;
            /** @description The version in effect now */
            current: boolean;
            dailyCap: number | null;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            effectiveFrom: string;
            /** @enum {string} */
            eventType: "report.confirmed" | "report.merged" | "report.closed" | "station.checked-in" | "station-session.attended";
            group: ("environment" | "obstruction" | "facilities" | "safety" | "people" | "other") | null;
            /** Format: uuid */
            id: string;
            monthlyCap: number | null;
            note: string | null;
            points: number;
        };
        EscalationPageDto_Output: {
            items: {
                category: string;
                communityCode: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                dueAt: string;
                /**
                 * @description The deadline it missed
                 * @enum {string}
                 */
                kind: "acknowledge" | "resolve";
                /** @description How late it is now */
                overdueMinutes: number;
                /** @description A care referral */
                private: boolean;
                /** Format: uuid */
                reportId: string;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        HomeViewDto_Output: {
            /** @description The reports still open (neither closed, rejected nor merged) among your 50 newest, newest first */
            openReports: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            }[];
            points: {
                /** @description The worker the account belongs to */
                accountId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                asOf: string;
                /** @description Points the worker may spend now */
                balance: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                expiringBy: string;
                /** @description Points of the balance that expire by `expiringBy` unless spent (oldest are spent first) */
                expiringSoon: number;
                /** @description Points reserved for submitted reports, earned when they are confirmed */
                pending: number;
            };
            /** @description Operating stations near the point asked about, nearest first */
            stations: {
                address: string;
                amenities: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
                /** @description Seats; null where the station has not said */
                capacity: number | null;
                /** @description Null when its location lies in no community of the map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description E.164 */
                contactPhone: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** @description From the point asked about */
                distanceMeters: number;
                district: string;
                /** @description Its community's district, or the one the city office named; null when neither is known */
                districtCode: string | null;
                /** @description Capacity less occupancy, never below 0; null without a capacity */
                freeSeats: number | null;
                hostOrganisation: ("community" | "enterprise" | "union" | "party-branch") | null;
                /** Format: uuid */
                id: string;
                /** @description WGS-84 degrees, as the device reports them */
                location: {
                    lat: number;
                    lng: number;
                };
                names: {
                    en: string | null;
                    "zh-CN": string;
                };
                /** @description Workers checked in right now */
                occupancy: number;
                /** @description In the city's time zone; null while not known */
                openingHours: ({
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "always-open";
                } | {
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "weekly";
                    weekly: {
                        /** @default [] */
                        friday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        monday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        saturday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        sunday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        thursday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        tuesday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        wednesday: {
                            closes: string;
                            opens: string;
                        }[];
                    };
                }) | null;
                openNow: boolean;
                /** @description When it opens next, if closed now; null when no opening is planned */
                opensAt: string | null;
                /** @description When it closes, if open now; null when no closing is planned */
                openUntil: string | null;
                photos: string[];
                services: string[];
                /** @enum {string} */
                status: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
                updatedAt: string | null;
            }[];
            /** @description Notifications in the inbox not read yet */
            unreadNotifications: number;
        };
        ImportAreasDto: {
            features: {
                /** @description GeoJSON Polygon or MultiPolygon, WGS-84 [lng, lat] */
                geometry: {
                    /** @description The outer ring, then any holes */
                    coordinates: number[][][];
                    /** @constant */
                    type: "Polygon";
                } | {
                    coordinates: number[][][][];
                    /** @constant */
                    type: "MultiPolygon";
                };
                properties: {
                    code: string;
                    /**
                     * @description Demo data, not the real map
                     * @default false
                     */
                    demo: boolean;
                    /**
                     * @description Must agree with the length of the code
                     * @enum {string}
                     */
                    level: "district" | "street" | "community";
                    nameEn: string;
                    nameZh: string;
                };
                /** @constant */
                type: "Feature";
            }[];
            /** @constant */
            type: "FeatureCollection";
        };
        InspectionPageDto_Output: {
            items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                inspectedAt: string;
                inspectorId: string;
                notes: string | null;
                /** @description False when any required item failed */
                passed: boolean;
                /** @description One for each failed item */
                rectifications: {
                    action: string;
                    /** Format: date */
                    deadline: string;
                    /** Format: uuid */
                    id: string;
                    itemCode: string;
                    /** @description The passed re-inspection that closed it; null while open */
                    resolvedByInspectionId: string | null;
                }[];
                results: {
                    itemCode: string;
                    photoUrl: string | null;
                    required: boolean;
                    /** @enum {string} */
                    result: "pass" | "fail" | "not-applicable";
                }[];
                /** Format: uuid */
                stationId: string;
                /** Format: uuid */
                templateId: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        InspectionViewDto_Output: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            inspectedAt: string;
            inspectorId: string;
            notes: string | null;
            /** @description False when any required item failed */
            passed: boolean;
            /** @description One for each failed item */
            rectifications: {
                action: string;
                /** Format: date */
                deadline: string;
                /** Format: uuid */
                id: string;
                itemCode: string;
                /** @description The passed re-inspection that closed it; null while open */
                resolvedByInspectionId: string | null;
            }[];
            results: {
                itemCode: string;
                photoUrl: string | null;
                required: boolean;
                /** @enum {string} */
                result: "pass" | "fail" | "not-applicable";
            }[];
            /** Format: uuid */
            stationId: string;
            /** Format: uuid */
            templateId: string;
        };
        IssuedOpen311ClientViewDto_Output: {
            /** @description The api_key to post with: shown this once, only its hash is stored */
            apiKey: string;
            contact: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description When its key stopped being accepted; null while it is */
            revokedAt: string | null;
        };
        IssueOpen311ClientDto: {
            /** @description Whom the city office calls about it */
            contact: string;
            /** @description The system, e.g. 12345 市民热线 */
            name: string;
        };
        JwksDto_Output: {
            keys: ({
                alg: string;
                kid: string;
                kty: string;
                /** @constant */
                use: "sig";
            } & {
                [key: string]: unknown;
            })[];
        };
        LeaderboardPreferenceDto: {
            /** @description Whether you appear on the leaderboards (masked); you always see your own standing */
            onLeaderboard: boolean;
        };
        LeaderboardPreferenceDto_Output: {
            /** @description Whether you appear on the leaderboards (masked); you always see your own standing */
            onLeaderboard: boolean;
        };
        LeaderboardViewDto_Output: {
            /** @description The community's or the district's code */
            code: string;
            /** @description The top 20, most points first; workers who opted out are left out */
            entries: {
                /** @description The display name, masked: its first character only */
                name: string;
                points: number;
                /** @description Equal points share a rank; null on your own line when you opted out */
                rank: number | null;
                /** @description Your own line */
                you: boolean;
            }[];
            month: string;
            /**
             * @description A community (12-digit code) or a district (6-digit code)
             * @enum {string}
             */
            scope: "community" | "district";
            /** @description Your own line, when you earned there that month and are not among the entries */
            yours: {
                /** @description The display name, masked: its first character only */
                name: string;
                points: number;
                /** @description Equal points share a rank; null on your own line when you opted out */
                rank: number | null;
                /** @description Your own line */
                you: boolean;
            } | null;
        };
        MarkAttendanceDto: {
            workerId: string;
        };
        MarkNotificationsReadDto: {
            /**
             * Format: uuid
             * @description The newest notification the reader has seen: it and every one before it are marked read
             */
            upTo: string;
        };
        MergeReportDto: {
            /** Format: uuid */
            caseId: string;
        };
        MeViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "worker" | "community-staff" | "station-manager" | "department" | "admin";
            scopes: {
                /** @default [] */
                communities: string[];
                department?: string;
                /** @default [] */
                stations: string[];
            };
            /** @description Workers only; null for staff */
            worker: {
                employer: string | null;
                /** @enum {string} */
                language: "zh-CN" | "en";
                /** @description E.164 */
                phone: string;
                privacyNotice: {
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    consentedAt: string;
                    version: string;
                };
                /** @enum {string} */
                workerType: "courier" | "food-delivery" | "ride-hailing" | "sanitation" | "landscaping" | "municipal-maintenance" | "other";
            } | null;
        };
        MySignUpPageDto_Output: {
            items: {
                attendedAt: string | null;
                cancelledAt: string | null;
                /** Format: uuid */
                id: string;
                session: {
                    /** @description Workers holding a place */
                    confirmed: number;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    endsAt: string;
                    freePlaces: number;
                    /** Format: uuid */
                    id: string;
                    places: number;
                    serviceCode: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    startsAt: string;
                    /** Format: uuid */
                    stationId: string;
                    title: {
                        en?: string;
                        zh: string;
                    };
                    /** @description Workers waiting for one */
                    waitlisted: number;
                };
                /** Format: uuid */
                sessionId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                signedUpAt: string;
                /** @enum {string} */
                status: "confirmed" | "waitlisted" | "cancelled";
                /** @description 1 for the next to move up; null unless waitlisted */
                waitlistPosition: number | null;
                workerId: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        NearbyStationsDto_Output: {
            items: {
                address: string;
                amenities: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
                /** @description Seats; null where the station has not said */
                capacity: number | null;
                /** @description Null when its location lies in no community of the map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description E.164 */
                contactPhone: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** @description From the point asked about */
                distanceMeters: number;
                district: string;
                /** @description Its community's district, or the one the city office named; null when neither is known */
                districtCode: string | null;
                /** @description Capacity less occupancy, never below 0; null without a capacity */
                freeSeats: number | null;
                hostOrganisation: ("community" | "enterprise" | "union" | "party-branch") | null;
                /** Format: uuid */
                id: string;
                /** @description WGS-84 degrees, as the device reports them */
                location: {
                    lat: number;
                    lng: number;
                };
                names: {
                    en: string | null;
                    "zh-CN": string;
                };
                /** @description Workers checked in right now */
                occupancy: number;
                /** @description In the city's time zone; null while not known */
                openingHours: ({
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "always-open";
                } | {
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "weekly";
                    weekly: {
                        /** @default [] */
                        friday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        monday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        saturday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        sunday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        thursday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        tuesday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        wednesday: {
                            closes: string;
                            opens: string;
                        }[];
                    };
                }) | null;
                openNow: boolean;
                /** @description When it opens next, if closed now; null when no opening is planned */
                opensAt: string | null;
                /** @description When it closes, if open now; null when no closing is planned */
                openUntil: string | null;
                photos: string[];
                services: string[];
                /** @enum {string} */
                status: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
                updatedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        NotificationPageDto_Output: {
            items: {
                body: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                data: {
                    [key: string]: unknown;
                };
                /** Format: uuid */
                id: string;
                /** @description The event that caused it, e.g. points.credited */
                kind: string;
                readAt: string | null;
                title: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        NotResponsibleDto: {
            reason: string;
        };
        OidcSignInDto: {
            /** @description The ID token the city's identity provider issued to the Waystation client */
            idToken: string;
            /** @description The nonce the client sent in its authorization request; checked against the token */
            nonce?: string;
        };
        Open311ClientPageDto_Output: {
            items: {
                contact: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** Format: uuid */
                id: string;
                name: string;
                /** @description When its key stopped being accepted; null while it is */
                revokedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        Open311ClientViewDto_Output: {
            contact: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description When its key stopped being accepted; null while it is */
            revokedAt: string | null;
        };
        Open311CreatedRequestDto_Output: {
            /** @description As the client sent it */
            account_id?: string;
            /** @description What happens next */
            service_notice: string;
            service_request_id: string;
        };
        Open311DiscoveryDto_Output: {
            changeset: string;
            contact: string;
            endpoints: {
                changeset: string;
                formats: string[];
                specification: string;
                /** @enum {string} */
                type: "production" | "test";
                url: string;
            }[];
            key_service: string;
        };
        Open311ErrorDto_Output: {
            code: number;
            description: string;
        };
        Open311NewRequestDto: {
            /** @description The submitter's account id in the client’s own system: accepted as the standard has it, never stored or passed on */
            account_id?: string;
            /** @description Accepted, not used */
            address_id?: string;
            /** @description Kept as the address; it does not replace lat and long */
            address_string?: string;
            /** @description The key the city office issued this client */
            api_key: string;
            /**
             * @description Answers to the service's attributes, by attribute code
             * @default {}
             */
            attribute: {
                [key: string]: string | string[];
            };
            description: string;
            /** @description The submitter's device id: accepted as the standard has it, never stored or passed on */
            device_id?: string;
            /** @description The submitter's e-mail: accepted as the standard has it, never stored or passed on */
            email?: string;
            /** @description The submitter's first name: accepted as the standard has it, never stored or passed on */
            first_name?: string;
            /** @description OPEN311_JURISDICTION_ID; any other is refused with 404 */
            jurisdiction_id?: string;
            /** @description The submitter's last name: accepted as the standard has it, never stored or passed on */
            last_name?: string;
            lat?: number;
            long?: number;
            /**
             * Format: uri
             * @description Accepted, not fetched nor stored: photos come only through the workers’ app
             */
            media_url?: string;
            /** @description The submitter's phone: accepted as the standard has it, never stored or passed on */
            phone?: string;
            /** @description A service_code of GET services */
            service_code: string;
        };
        Open311RequestDto_Output: {
            address?: string;
            /** @description The departments it was sent to, comma-separated */
            agency_responsible?: string;
            description: string;
            lat: number;
            long: number;
            requested_datetime: string;
            service_code: string;
            service_name: string;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description The report's own status in words (it has more than open and closed) */
            status_notes: string;
            updated_datetime: string;
        };
        Open311RequestUpdateDto_Output: {
            description: string;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            update_id: string;
            updated_datetime: string;
        };
        Open311ServiceDefinitionDto_Output: {
            attributes: {
                /** @description Send the answer as attribute[code] */
                code: string;
                /** @enum {string} */
                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                datatype_description: string;
                description: string;
                order: number;
                required: boolean;
                /** @description The choices of a singlevaluelist or multivaluelist only */
                values?: {
                    key: string;
                    name: string;
                }[];
                /** @description True: the client sends an answer (false would mark an informational text) */
                variable: boolean;
            }[];
            service_code: string;
        };
        Open311ServiceDto_Output: {
            description: string;
            group: string;
            /** @description Comma-separated */
            keywords: string;
            /** @description Whether the service has attributes: read them at services/{service_code} */
            metadata: boolean;
            service_code: string;
            service_name: string;
            /** @enum {string} */
            type: "realtime" | "batch" | "blackbox";
        };
        Open311TokenDto_Output: {
            service_request_id: string;
            token: string;
        };
        PasswordResetViewDto_Output: {
            /** @description Present only when the gateway generated the password: shown this once, never stored in the clear */
            generatedPassword?: string;
        };
        PhoneCodeSentViewDto_Output: {
            /**
             * Format: date-time
             * @description When the code stops working
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description The earliest time another code may be requested for this number
             */
            resendAllowedAt: string;
        };
        PhoneSignInDto: {
            code: string;
            /** @description A mobile number in E.164 (+8613871234567); without a country code it is read as mainland China */
            phone: string;
            /** @description Required when the number has no account yet (sign-up); ignored otherwise */
            profile?: {
                /** @description Consent to the privacy notice; the server records the time */
                consent: {
                    /** @description The privacy notice shown to the worker; the current one is required */
                    version: string;
                };
                displayName: string;
                employer?: string;
                /** @enum {string} */
                language: "zh-CN" | "en";
                /** @enum {string} */
                workerType: "courier" | "food-delivery" | "ride-hailing" | "sanitation" | "landscaping" | "municipal-maintenance" | "other";
            };
        };
        PlaceRedemptionDto: {
            /** Format: uuid */
            rewardId: string;
            /**
             * Format: uuid
             * @description Where the worker will collect it: a station holding its stock
             */
            stationId: string;
        };
        PointAdjustmentViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            adjustedAt: string;
            adjustedBy: string;
            amount: number;
            balanceAfter: number;
            /** Format: uuid */
            id: string;
            reason: string;
            workerId: string;
        };
        PointsFiguresViewDto_Output: {
            /** @description Community staff see their communities, the city office every one */
            communities: {
                budget: number | null;
                /** @description earned ÷ budget, in percent; null without a budget */
                budgetUsedPercent: number | null;
                communityCode: string & (unknown & unknown);
                /** @description Reports that earned points */
                creditedReports: number;
                districtCode: string;
                /** @description Points the community's reports earned in the month, charged to its budget */
                earned: number;
                earnedByGroup: {
                    environment: number;
                    facilities: number;
                    obstruction: number;
                    other: number;
                    people: number;
                    safety: number;
                };
                /** @description Points spent on rewards held at the community's stations, less refunds */
                redeemed: number;
                /** @description Points reserved for reports that were rejected or merged, or that a cap left unearned */
                voided: number;
            }[];
            month: string;
        };
        PointsTransactionPageDto_Output: {
            items: {
                /** @description Positive for a credit to the worker, negative for a debit */
                amount: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @description The city office's reason, on a manual adjustment */
                note: string | null;
                reason: string;
                /** @description What earned or spent the points, e.g. the confirmed report */
                referenceId: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ProblemDetailsDto_Output: {
            /** @description What went wrong, for programs, e.g. report-not-found */
            code: string;
            /** @description What went wrong, for people */
            detail: string;
            /** @description Field-level problems of a rejected request body or query */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description The path that was called */
            instance?: string;
            status: number;
            title: string;
            /** @description /problems/<code> */
            type: string;
        };
        PublicReportPageDto_Output: {
            items: {
                category: string;
                communityCode: string | null;
                districtCode: string | null;
                /** @description This entry's stable key in the feed; not the report's id */
                id: string;
                /** @description The centre of the ~100 m grid cell the report lies in, never the reported point */
                location: {
                    lat: number;
                    lng: number;
                };
                /**
                 * Format: date
                 * @description The day it was reported, in the city's time zone
                 */
                reportedOn: string;
                /** @description The day it was resolved, in the city's time zone */
                resolvedOn: string | null;
                /** @enum {string} */
                status: "resolved" | "closed";
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RecordInspectionDto: {
            notes?: string;
            results: {
                /** @description Stable code of a checklist item */
                itemCode: string;
                photoUrl?: string;
                /** @description Required for a failed item, refused for any other */
                rectification?: {
                    /** @description What to fix */
                    action: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD, in the city time zone
                     */
                    deadline: string;
                };
                /** @enum {string} */
                result: "pass" | "fail" | "not-applicable";
            }[];
            /**
             * Format: uuid
             * @description The checklist; the newest template when left out
             */
            templateId?: string;
        };
        RedemptionPageDto_Output: {
            items: {
                /** @description Shown to the station manager, who verifies it */
                code: string;
                cost: number;
                /** @description When it was cancelled or expired */
                endedAt: string | null;
                /**
                 * Format: date-time
                 * @description Uncollected by then, it expires and the points come back
                 */
                expiresAt: string;
                fulfilledAt: string | null;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                placedAt: string;
                /** @description `waystation:redemption:<code>`, for a QR code */
                qrPayload: string;
                reward: {
                    /** Format: uuid */
                    id: string;
                    imageUrl: string | null;
                    /** @enum {string} */
                    kind: "gift" | "service";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** Format: uuid */
                stationId: string;
                /** @enum {string} */
                status: "placed" | "fulfilled" | "cancelled" | "expired";
                workerId: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RedemptionViewDto_Output: {
            /** @description Shown to the station manager, who verifies it */
            code: string;
            cost: number;
            /** @description When it was cancelled or expired */
            endedAt: string | null;
            /**
             * Format: date-time
             * @description Uncollected by then, it expires and the points come back
             */
            expiresAt: string;
            fulfilledAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            placedAt: string;
            /** @description `waystation:redemption:<code>`, for a QR code */
            qrPayload: string;
            reward: {
                /** Format: uuid */
                id: string;
                imageUrl: string | null;
                /** @enum {string} */
                kind: "gift" | "service";
                name: {
                    en: string;
                    "zh-CN": string;
                };
            };
            /** Format: uuid */
            stationId: string;
            /** @enum {string} */
            status: "placed" | "fulfilled" | "cancelled" | "expired";
            workerId: string;
        };
        RefreshRequestDto: {
            refreshToken: string;
        };
        RejectReportDto: {
            /** @description What the reporter reads; the reason code when absent */
            note?: string;
            /** @enum {string} */
            reasonCode: "not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter";
        };
        ReplayWebhookDeliveriesDto: {
            /** @description Deliveries of this endpoint to send again, with their own ids */
            deliveryIds: string[];
        };
        ReportCategoryListDto_Output: {
            /** @description The active categories, in the city's order */
            items: {
                active: boolean;
                code: string;
                description: {
                    en: string;
                    "zh-CN": string;
                };
                /** @enum {string} */
                group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                name: {
                    en: string;
                    "zh-CN": string;
                };
                private: boolean;
                questions: {
                    code: string;
                    label: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @description The choices of a single- or multiple-choice question only */
                    options?: {
                        code: string;
                        emergency?: {
                            /** @enum {string} */
                            call: "110" | "119" | "120";
                            guidance: {
                                en: string;
                                "zh-CN": string;
                            };
                        };
                        label: {
                            en: string;
                            "zh-CN": string;
                        };
                    }[];
                    required: boolean;
                    /** @enum {string} */
                    type: "text" | "number" | "single-choice" | "multiple-choice";
                }[];
                sortOrder: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            }[];
        };
        ReportCategoryViewDto_Output: {
            active: boolean;
            code: string;
            description: {
                en: string;
                "zh-CN": string;
            };
            /** @enum {string} */
            group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
            name: {
                en: string;
                "zh-CN": string;
            };
            private: boolean;
            questions: {
                code: string;
                label: {
                    en: string;
                    "zh-CN": string;
                };
                /** @description The choices of a single- or multiple-choice question only */
                options?: {
                    code: string;
                    emergency?: {
                        /** @enum {string} */
                        call: "110" | "119" | "120";
                        guidance: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                    label: {
                        en: string;
                        "zh-CN": string;
                    };
                }[];
                required: boolean;
                /** @enum {string} */
                type: "text" | "number" | "single-choice" | "multiple-choice";
            }[];
            sortOrder: number;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
        };
        ReportDuplicatesViewDto_Output: {
            candidates: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            }[];
            report: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            };
        };
        ReportFeedbackDto: {
            fixed: boolean;
        };
        ReportPageDto_Output: {
            items: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ReportViewDto_Output: {
            address: string | null;
            answers: {
                [key: string]: string | number | string[];
            };
            /**
             * Format: date-time
             * @description When the reporter saw it
             */
            capturedAt: string;
            category: {
                code: string;
                /** @enum {string} */
                group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                name: {
                    en: string;
                    "zh-CN": string;
                };
            };
            /** @description Null only for a report filed before reports knew the city map */
            communityCode: (string & (unknown & unknown)) | null;
            /** @description The departments it was sent to, each with its own progress, by code */
            departments: {
                code: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                dispatchedAt: string;
                /** @description Oldest first */
                history: {
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the first dispatch */
                    from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                    note: string | null;
                    photoIds: string[];
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                }[];
                name: {
                    en: string;
                    "zh-CN": string;
                };
                /** @enum {string} */
                status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
            }[];
            description: string;
            districtCode: string | null;
            /** @description The earlier open report this one likely duplicates (flagged at submission) */
            duplicateOf: string | null;
            /** @description Oldest first */
            history: {
                actorId: string;
                /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                actorRole: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                at: string;
                /** @description Null for the submission */
                from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                note: string | null;
                reasonCode: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
            }[];
            /** Format: uuid */
            id: string;
            location: {
                /** @description Null for a report filed before accuracy was asked for */
                accuracyMeters: number | null;
                lat: number;
                lng: number;
            };
            /** @description The case (an earlier report) this report was merged into */
            mergedInto: string | null;
            /** @description In the order they were added */
            photos: {
                height: number;
                id: string;
                /** @description The gateway's path of the image, for a caller who may read the report */
                url: string;
                width: number;
            }[];
            /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
            private: boolean;
            rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
            /** @description What the reporter reads: the reviewer's note, else the reason code */
            rejectionReason: string | null;
            reporterId: string;
            reviewedAt: string | null;
            reviewedBy: string | null;
            severity: ("low" | "medium" | "high" | "urgent") | null;
            stationId: string | null;
            /** @enum {string} */
            status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            submittedAt: string;
        };
        RequestPhoneCodeDto: {
            /** @description A mobile number in E.164 (+8613871234567); without a country code it is read as mainland China */
            phone: string;
        };
        RerouteReportDto: {
            /**
             * @description Departments to send it to
             * @default []
             */
            add: string[];
            /** @description Recategorise the report */
            category?: string;
            reason: string;
            /**
             * @description Departments to take it from (only ones that have not taken it on)
             * @default []
             */
            remove: string[];
        };
        ResetStaffPasswordDto: {
            /** @description Left out, one is generated and returned once */
            password?: string;
        };
        ResolveAssignmentDto: {
            /** @description The evidence: what was done */
            note: string;
            /** @description Photos the caller uploaded (POST /photos) */
            photoIds?: string[];
        };
        ReviewQueuePageDto_Output: {
            counts: {
                byCategory: {
                    category: string;
                    count: number;
                }[];
                /** @description Of those, flagged as likely duplicates */
                duplicates: number;
                /** @description Reports waiting for review in the queue (the community filter applies, the others not) */
                total: number;
            };
            items: {
                address: string | null;
                answers: {
                    [key: string]: string | number | string[];
                };
                /**
                 * Format: date-time
                 * @description When the reporter saw it
                 */
                capturedAt: string;
                category: {
                    code: string;
                    /** @enum {string} */
                    group: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                };
                /** @description Null only for a report filed before reports knew the city map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description The departments it was sent to, each with its own progress, by code */
                departments: {
                    code: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    dispatchedAt: string;
                    /** @description Oldest first */
                    history: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                         */
                        at: string;
                        /** @description Null for the first dispatch */
                        from: ("dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn") | null;
                        note: string | null;
                        photoIds: string[];
                        /** @enum {string} */
                        status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    }[];
                    name: {
                        en: string;
                        "zh-CN": string;
                    };
                    /** @enum {string} */
                    status: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible" | "withdrawn";
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    updatedAt: string;
                }[];
                description: string;
                districtCode: string | null;
                /** @description The earlier open report this one likely duplicates (flagged at submission) */
                duplicateOf: string | null;
                /** @description Oldest first */
                history: {
                    actorId: string;
                    /** @description The role the actor acted in (scheduler: the service itself); null on early entries */
                    actorRole: string | null;
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    /** @description Null for the submission */
                    from: ("submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed") | null;
                    note: string | null;
                    reasonCode: string | null;
                    /** @enum {string} */
                    status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    /** @description Null for a report filed before accuracy was asked for */
                    accuracyMeters: number | null;
                    lat: number;
                    lng: number;
                };
                /** @description The case (an earlier report) this report was merged into */
                mergedInto: string | null;
                /** @description In the order they were added */
                photos: {
                    height: number;
                    id: string;
                    /** @description The gateway's path of the image, for a caller who may read the report */
                    url: string;
                    width: number;
                }[];
                /** @description A care referral: seen only by the reporter, the community's staff and civil affairs */
                private: boolean;
                rejectionCode: ("not-a-problem" | "duplicate" | "insufficient-evidence" | "outside-our-area" | "private-matter") | null;
                /** @description What the reporter reads: the reviewer's note, else the reason code */
                rejectionReason: string | null;
                reporterId: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                severity: ("low" | "medium" | "high" | "urgent") | null;
                stationId: string | null;
                /** @enum {string} */
                status: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                submittedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RewardPageDto_Output: {
            items: {
                cost: number;
                description: {
                    en: string;
                    "zh-CN": string;
                } | null;
                /** Format: uuid */
                id: string;
                imageUrl: string | null;
                /** @enum {string} */
                kind: "gift" | "service";
                limit: {
                    count: number;
                    /** @enum {string} */
                    period: "day" | "week" | "month" | "year";
                } | null;
                name: {
                    en: string;
                    "zh-CN": string;
                };
                sessionId: string | null;
                /** @description The stations that hand it out */
                stocks: {
                    /** @description Items left to redeem there; null when unlimited */
                    remaining: number | null;
                    /** Format: uuid */
                    stationId: string;
                }[];
                validFrom: string | null;
                validUntil: string | null;
                withdrawnAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RewardStockViewDto_Output: {
            /** @description Items left to redeem there; null when unlimited */
            remaining: number | null;
            /** Format: uuid */
            stationId: string;
        };
        RewardViewDto_Output: {
            cost: number;
            description: {
                en: string;
                "zh-CN": string;
            } | null;
            /** Format: uuid */
            id: string;
            imageUrl: string | null;
            /** @enum {string} */
            kind: "gift" | "service";
            limit: {
                count: number;
                /** @enum {string} */
                period: "day" | "week" | "month" | "year";
            } | null;
            name: {
                en: string;
                "zh-CN": string;
            };
            sessionId: string | null;
            /** @description The stations that hand it out */
            stocks: {
                /** @description Items left to redeem there; null when unlimited */
                remaining: number | null;
                /** Format: uuid */
                stationId: string;
            }[];
            validFrom: string | null;
            validUntil: string | null;
            withdrawnAt: string | null;
        };
        RoutingRuleListDto_Output: {
            /** @description The current rules, by category */
            items: {
                categoryCode: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** @description Null for the seeded rules */
                createdBy: string | null;
                departments: string[];
                /** @description Null: the category's default */
                districtCode: string | null;
                /** @description This version of the rule: a change retires it and makes a new one */
                id: string;
            }[];
        };
        RoutingRuleViewDto_Output: {
            categoryCode: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            /** @description Null for the seeded rules */
            createdBy: string | null;
            departments: string[];
            /** @description Null: the category's default */
            districtCode: string | null;
            /** @description This version of the rule: a change retires it and makes a new one */
            id: string;
        };
        ScheduleSessionDto: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            endsAt: string;
            places: number;
            serviceCode: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            startsAt: string;
            title: {
                en?: string;
                zh: string;
            };
        };
        SessionPageDto_Output: {
            items: {
                /** @description Workers holding a place */
                confirmed: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                endsAt: string;
                freePlaces: number;
                /** Format: uuid */
                id: string;
                places: number;
                serviceCode: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                startsAt: string;
                /** Format: uuid */
                stationId: string;
                title: {
                    en?: string;
                    zh: string;
                };
                /** @description Workers waiting for one */
                waitlisted: number;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        SessionViewDto_Output: {
            /** @description Workers holding a place */
            confirmed: number;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            endsAt: string;
            freePlaces: number;
            /** Format: uuid */
            id: string;
            places: number;
            serviceCode: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            startsAt: string;
            /** Format: uuid */
            stationId: string;
            title: {
                en?: string;
                zh: string;
            };
            /** @description Workers waiting for one */
            waitlisted: number;
        };
        SetCommunityBudgetDto: {
            /** @description What the community may pay out in the month */
            points: number;
        };
        SetDistrictTargetDto: {
            districtCode: string;
            /** @description Stations the district is to have in the year */
            plannedCount: number;
            year: number;
        };
        SetRewardStockDto: {
            /** @description Items left to redeem at the station; null for unlimited */
            remaining: number | null;
        };
        SetRoutingRuleDto: {
            categoryCode: string;
            departments: string[];
            /**
             * @description Null (or left out): the category's default, for districts without a rule
             * @default null
             */
            districtCode: string | null;
        };
        SetSlaPolicyDto: {
            /** @description From confirmation (or dispatch) until someone acknowledges it */
            acknowledgeWithinHours: number;
            /**
             * @description `working-hours`: only the city office’s working hours count, holidays off; `calendar`: round the clock
             * @enum {string}
             */
            clock: "working-hours" | "calendar";
            /** @description From confirmation (or dispatch) until it is resolved */
            resolveWithinDays: number;
        };
        SignUpPageDto_Output: {
            items: {
                attendedAt: string | null;
                cancelledAt: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                sessionId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                signedUpAt: string;
                /** @enum {string} */
                status: "confirmed" | "waitlisted" | "cancelled";
                /** @description 1 for the next to move up; null unless waitlisted */
                waitlistPosition: number | null;
                workerId: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        SignUpViewDto_Output: {
            attendedAt: string | null;
            cancelledAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            signedUpAt: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled";
            /** @description 1 for the next to move up; null unless waitlisted */
            waitlistPosition: number | null;
            workerId: string;
        };
        SlaPolicyListDto_Output: {
            /** @description `default` first, then by category code */
            items: {
                /** @description From confirmation (or dispatch) until someone acknowledges it */
                acknowledgeWithinHours: number;
                categoryCode: string;
                /**
                 * @description `working-hours`: only the city office’s working hours count, holidays off; `calendar`: round the clock
                 * @enum {string}
                 */
                clock: "working-hours" | "calendar";
                /** @description From confirmation (or dispatch) until it is resolved */
                resolveWithinDays: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
                /** @description Null for the seeded defaults */
                updatedBy: string | null;
            }[];
        };
        SlaPolicyViewDto_Output: {
            /** @description From confirmation (or dispatch) until someone acknowledges it */
            acknowledgeWithinHours: number;
            categoryCode: string;
            /**
             * @description `working-hours`: only the city office’s working hours count, holidays off; `calendar`: round the clock
             * @enum {string}
             */
            clock: "working-hours" | "calendar";
            /** @description From confirmation (or dispatch) until it is resolved */
            resolveWithinDays: number;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            /** @description Null for the seeded defaults */
            updatedBy: string | null;
        };
        StaffPageDto_Output: {
            items: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                displayName: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: "station-manager" | "community-staff" | "department" | "admin";
                scopes: {
                    /** @default [] */
                    communities: string[];
                    department?: string;
                    /** @default [] */
                    stations: string[];
                };
                /** @enum {string} */
                status: "active" | "disabled" | "closed";
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
                username: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        StaffSignInDto: {
            password: string;
            username: string;
        };
        StaffViewDto_Output: {
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "station-manager" | "community-staff" | "department" | "admin";
            scopes: {
                /** @default [] */
                communities: string[];
                department?: string;
                /** @default [] */
                stations: string[];
            };
            /** @enum {string} */
            status: "active" | "disabled" | "closed";
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            username: string;
        };
        StationCodesViewDto_Output: {
            /** @description Print at the door; workers check in with it from within the geofence */
            printed: string;
            rotating: {
                /** @description Show as a QR code on the station's screen */
                code: string;
                /**
                 * Format: date-time
                 * @description When to fetch the next code
                 */
                refreshAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                validUntil: string;
            };
            /** Format: uuid */
            stationId: string;
        };
        StationImportResultDto_Output: {
            created: number;
            stations: {
                externalRef: string;
                /** @enum {string} */
                outcome: "created" | "unchanged";
                /** @description Line in the file; the header is line 1 */
                row: number;
                /** Format: uuid */
                stationId: string;
            }[];
            /** @description Rows whose externalRef was imported before with the same values */
            unchanged: number;
        };
        StationPageDto_Output: {
            items: {
                address: string;
                amenities: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
                /** @description Seats; null where the station has not said */
                capacity: number | null;
                /** @description Null when its location lies in no community of the map */
                communityCode: (string & (unknown & unknown)) | null;
                /** @description E.164 */
                contactPhone: string | null;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                district: string;
                /** @description Its community's district, or the one the city office named; null when neither is known */
                districtCode: string | null;
                /** @description Capacity less occupancy, never below 0; null without a capacity */
                freeSeats: number | null;
                hostOrganisation: ("community" | "enterprise" | "union" | "party-branch") | null;
                /** Format: uuid */
                id: string;
                /** @description WGS-84 degrees, as the device reports them */
                location: {
                    lat: number;
                    lng: number;
                };
                names: {
                    en: string | null;
                    "zh-CN": string;
                };
                /** @description Workers checked in right now */
                occupancy: number;
                /** @description In the city's time zone; null while not known */
                openingHours: ({
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "always-open";
                } | {
                    /** @default [] */
                    exceptions: ({
                        /** Format: date */
                        date: string;
                        /** @constant */
                        kind: "closed";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    } | {
                        /** Format: date */
                        date: string;
                        intervals: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @constant */
                        kind: "special-hours";
                        /** @description Why, as shown to workers: 春节, closed for repairs */
                        note?: string;
                    })[];
                    /** @constant */
                    kind: "weekly";
                    weekly: {
                        /** @default [] */
                        friday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        monday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        saturday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        sunday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        thursday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        tuesday: {
                            closes: string;
                            opens: string;
                        }[];
                        /** @default [] */
                        wednesday: {
                            closes: string;
                            opens: string;
                        }[];
                    };
                }) | null;
                photos: string[];
                services: string[];
                /** @enum {string} */
                status: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
                updatedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        StationProgressViewDto_Output: {
            /** @description Every district together */
            city: {
                /** @description Of those, the ones that passed acceptance (accepted or later) */
                accepted: number;
                /** @description Of those, the ones built (built or later) */
                built: number;
                /** @description Closed, counted in none of the above */
                closed: number;
                /** @description Receiving workers now */
                operating: number;
                /** @description Stations in the programme: every one not closed */
                planned: number;
                /** @description Accepted and opened, suspended now */
                suspended: number;
                /** @description The year's planned count; null when none is set */
                target: number | null;
                /** @description Of those, the ones construction has started on (under construction or later) */
                underConstruction: number;
            };
            districts: {
                /** @description Of those, the ones that passed acceptance (accepted or later) */
                accepted: number;
                /** @description Of those, the ones built (built or later) */
                built: number;
                /** @description Closed, counted in none of the above */
                closed: number;
                /** @description Null for stations not yet assigned a district */
                districtCode: string | null;
                /** @description Receiving workers now */
                operating: number;
                /** @description Stations in the programme: every one not closed */
                planned: number;
                /** @description Accepted and opened, suspended now */
                suspended: number;
                /** @description The year's planned count; null when none is set */
                target: number | null;
                /** @description Of those, the ones construction has started on (under construction or later) */
                underConstruction: number;
            }[];
            year: number;
        };
        StationServiceTypeListDto_Output: {
            items: {
                builtIn: boolean;
                code: string;
                names: {
                    en: string;
                    "zh-CN": string;
                };
            }[];
        };
        StationServiceTypeViewDto_Output: {
            builtIn: boolean;
            code: string;
            names: {
                en: string;
                "zh-CN": string;
            };
        };
        StationStatusChangePageDto_Output: {
            items: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                changedAt: string;
                changedBy: string;
                /** @description Null for the status the station entered the registry with */
                from: ("planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed") | null;
                /** Format: uuid */
                id: string;
                /** @description The passed acceptance inspection that made the move, if one did */
                inspectionId: string | null;
                reason: string;
                /** Format: uuid */
                stationId: string;
                /** @enum {string} */
                to: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        StationViewDto_Output: {
            address: string;
            amenities: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
            /** @description Seats; null where the station has not said */
            capacity: number | null;
            /** @description Null when its location lies in no community of the map */
            communityCode: (string & (unknown & unknown)) | null;
            /** @description E.164 */
            contactPhone: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            district: string;
            /** @description Its community's district, or the one the city office named; null when neither is known */
            districtCode: string | null;
            /** @description Capacity less occupancy, never below 0; null without a capacity */
            freeSeats: number | null;
            hostOrganisation: ("community" | "enterprise" | "union" | "party-branch") | null;
            /** Format: uuid */
            id: string;
            /** @description WGS-84 degrees, as the device reports them */
            location: {
                lat: number;
                lng: number;
            };
            names: {
                en: string | null;
                "zh-CN": string;
            };
            /** @description Workers checked in right now */
            occupancy: number;
            /** @description In the city's time zone; null while not known */
            openingHours: ({
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "always-open";
            } | {
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "weekly";
                weekly: {
                    /** @default [] */
                    friday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    monday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    saturday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    sunday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    thursday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    tuesday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    wednesday: {
                        closes: string;
                        opens: string;
                    }[];
                };
            }) | null;
            photos: string[];
            services: string[];
            /** @enum {string} */
            status: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
            updatedAt: string | null;
        };
        StationVisitsViewDto_Output: {
            buckets: {
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                start: string;
                /** @description Distinct workers among them */
                visitors: number;
                /** @description Check-ins that began in it */
                visits: number;
            }[];
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            from: string;
            /** @enum {string} */
            granularity: "day" | "hour";
            /** Format: uuid */
            stationId: string;
            /** @description The city's time zone, whose days and hours the buckets are */
            timeZone: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            to: string;
        };
        SubmitReportDto: {
            address?: string;
            /**
             * @description Answers to the category's questions, by question code
             * @default {}
             */
            answers: {
                [key: string]: string | number | string[];
            };
            /**
             * Format: date-time
             * @description When the reporter saw it, for a report made offline; at most REPORTS_CAPTURED_AT_MAX_AGE_HOURS before now
             */
            capturedAt?: string;
            /** @description An active category (GET /api/v1/report-categories) */
            category: string;
            description: string;
            location: {
                /** @description The radius, in metres, the device is 68% sure the point lies within */
                accuracyMeters: number;
                lat: number;
                lng: number;
            };
            /** @description Photos uploaded with POST /api/v1/report-photos by the submitter, not attached to another report */
            photoIds: string[];
            /** @description A station near what is reported */
            stationId?: string;
        };
        TokenPairDto_Output: {
            accessToken: string;
            account: {
                displayName: string;
                id: string;
                role: string;
            };
            expiresIn: number;
            refreshToken: string;
            /** @constant */
            tokenType: "Bearer";
        };
        UnreadCountViewDto_Output: {
            /** @description Notifications not read yet */
            count: number;
        };
        UpdateDepartmentDto: {
            /** @description How staff reach the department: a phone number, an address */
            contact?: string;
            districts?: string[];
            name?: {
                en: string;
                "zh-CN": string;
            };
        };
        UpdateMeDto: {
            displayName?: string;
            /** @description null removes it */
            employer?: string | null;
            /** @enum {string} */
            language?: "zh-CN" | "en";
            /** @enum {string} */
            workerType?: "courier" | "food-delivery" | "ride-hailing" | "sanitation" | "landscaping" | "municipal-maintenance" | "other";
        };
        UpdateReportCategoryDto: {
            /** @description Offered to reporters; a category is deactivated, never deleted */
            active?: boolean;
            description?: {
                en: string;
                "zh-CN": string;
            };
            /** @enum {string} */
            group?: "environment" | "obstruction" | "facilities" | "safety" | "people" | "other";
            name?: {
                en: string;
                "zh-CN": string;
            };
            /** @description A care referral: its reports are seen only by the reporter, the community's staff and civil affairs */
            private?: boolean;
            /** @description Asked when reporting in this category (Open311 attributes) */
            questions?: {
                code: string;
                label: {
                    en: string;
                    "zh-CN": string;
                };
                /** @description The choices of a single- or multiple-choice question only */
                options?: {
                    code: string;
                    emergency?: {
                        /** @enum {string} */
                        call: "110" | "119" | "120";
                        guidance: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                    label: {
                        en: string;
                        "zh-CN": string;
                    };
                }[];
                required: boolean;
                /** @enum {string} */
                type: "text" | "number" | "single-choice" | "multiple-choice";
            }[];
            sortOrder?: number;
        };
        UpdateRewardDto: {
            /** @description Points */
            cost?: number;
            description?: {
                en: string;
                "zh-CN": string;
            } | null;
            imageUrl?: string | null;
            /** @description Per-worker limit; null for none */
            limit?: {
                /** @description Redemptions one worker may make */
                count: number;
                /**
                 * @description …per calendar period in the city's time zone
                 * @enum {string}
                 */
                period: "day" | "week" | "month" | "year";
            } | null;
            name?: {
                en: string;
                "zh-CN": string;
            };
            /** @description For a service reward: the station service session it is a place in (a reference, not checked) */
            sessionId?: string | null;
            /** @description Not redeemable before; null for from now */
            validFrom?: string | null;
            /** @description Not redeemable from then on; null for no end */
            validUntil?: string | null;
        };
        UpdateStaffDto: {
            displayName?: string;
            /** @enum {string} */
            role?: "station-manager" | "community-staff" | "department" | "admin";
            scopes?: {
                /** @default [] */
                communities: string[];
                department?: string;
                /** @default [] */
                stations: string[];
            };
        };
        UpdateStationDto: {
            address?: string;
            amenities?: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
            /** @description Seats */
            capacity?: number | null;
            contactPhone?: string | null;
            hostOrganisation?: ("community" | "enterprise" | "union" | "party-branch") | null;
            /** @description WGS-84 degrees, as the device reports them */
            location?: {
                lat: number;
                lng: number;
            };
            names?: {
                en?: string;
                "zh-CN": string;
            };
            openingHours?: ({
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "always-open";
            } | {
                /** @default [] */
                exceptions: ({
                    /** Format: date */
                    date: string;
                    /** @constant */
                    kind: "closed";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                } | {
                    /** Format: date */
                    date: string;
                    intervals: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @constant */
                    kind: "special-hours";
                    /** @description Why, as shown to workers: 春节, closed for repairs */
                    note?: string;
                })[];
                /** @constant */
                kind: "weekly";
                weekly: {
                    /** @default [] */
                    friday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    monday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    saturday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    sunday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    thursday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    tuesday: {
                        closes: string;
                        opens: string;
                    }[];
                    /** @default [] */
                    wednesday: {
                        closes: string;
                        opens: string;
                    }[];
                };
            }) | null;
            photos?: string[];
            /** @description Codes of station service types (GET /api/v1/station-service-types) */
            services?: string[];
        };
        UpdateWebhookEndpointDto: {
            /** @description false: no new deliveries are queued and none is sent until it is active again */
            active?: boolean;
            description?: string | null;
            /** @description The events delivered to this endpoint */
            eventTypes?: ("report.dispatched" | "report.updated" | "report.withdrawn")[];
            /**
             * Format: uri
             * @description Where deliveries are POSTed: an https URL (http to 127.0.0.1 or localhost only where the deployment allows it)
             */
            url?: string;
        };
        UploadedPhotoViewDto_Output: {
            bytes: number;
            height: number;
            id: string;
            /** @enum {string} */
            mime: "image/jpeg" | "image/png" | "image/webp";
            /** @description The gateway's path of the stored image */
            url: string;
            width: number;
        };
        VerifyRedemptionDto: {
            /** @description As the worker shows it, or the QR payload without its prefix */
            code: string;
        };
        WebhookDeliveryListDto_Output: {
            items: {
                /** @description Oldest first */
                attempts: {
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    durationMs: number;
                    /** @description Why no answer came: timeout, connection refused, … */
                    error: string | null;
                    /** @description The endpoint's HTTP status; null when it gave none (see `error`) */
                    statusCode: number | null;
                }[];
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** Format: uuid */
                endpointId: string;
                /** Format: uuid */
                eventId: string;
                /** @enum {string} */
                eventType: "report.dispatched" | "report.updated" | "report.withdrawn";
                /**
                 * Format: uuid
                 * @description Sent as Waystation-Webhook-Id: the same on every attempt and replay
                 */
                id: string;
                /** @description Null unless pending */
                nextAttemptAt: string | null;
                /** @enum {string} */
                status: "pending" | "delivered" | "dead-lettered";
            }[];
        };
        WebhookDeliveryPageDto_Output: {
            items: {
                /** @description Oldest first */
                attempts: {
                    /**
                     * Format: date-time
                     * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                     */
                    at: string;
                    durationMs: number;
                    /** @description Why no answer came: timeout, connection refused, … */
                    error: string | null;
                    /** @description The endpoint's HTTP status; null when it gave none (see `error`) */
                    statusCode: number | null;
                }[];
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                /** Format: uuid */
                endpointId: string;
                /** Format: uuid */
                eventId: string;
                /** @enum {string} */
                eventType: "report.dispatched" | "report.updated" | "report.withdrawn";
                /**
                 * Format: uuid
                 * @description Sent as Waystation-Webhook-Id: the same on every attempt and replay
                 */
                id: string;
                /** @description Null unless pending */
                nextAttemptAt: string | null;
                /** @enum {string} */
                status: "pending" | "delivered" | "dead-lettered";
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookEndpointPageDto_Output: {
            items: {
                active: boolean;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                createdAt: string;
                createdBy: string;
                departmentCode: string;
                description: string | null;
                eventTypes: ("report.dispatched" | "report.updated" | "report.withdrawn")[];
                /** Format: uuid */
                id: string;
                /**
                 * Format: date-time
                 * @description When the signing secret was made (at creation or the last rotation)
                 */
                secretRotatedAt: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
                 */
                updatedAt: string;
                url: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookEndpointViewDto_Output: {
            active: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            createdBy: string;
            departmentCode: string;
            description: string | null;
            eventTypes: ("report.dispatched" | "report.updated" | "report.withdrawn")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the signing secret was made (at creation or the last rotation)
             */
            secretRotatedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointWithSecretViewDto_Output: {
            active: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            createdAt: string;
            createdBy: string;
            departmentCode: string;
            description: string | null;
            eventTypes: ("report.dispatched" | "report.updated" | "report.withdrawn")[];
            /** Format: uuid */
            id: string;
            /** @description The signing secret: shown this once, keep it where the receiver can read it */
            secret: string;
            /**
             * Format: date-time
             * @description When the signing secret was made (at creation or the last rotation)
             */
            secretRotatedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z
             */
            updatedAt: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    JwksController_jwks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signing key first, then retired keys whose tokens may still be unexpired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksDto_Output"];
                };
            };
        };
    };
    ApiIndexController_index: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API document and an entry point of each part of the API */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiIndexDto_Output"];
                };
            };
        };
    };
    AcceptanceController_listTemplates: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceTemplatePageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AcceptanceController_createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAcceptanceTemplateDto"];
            };
        };
        responses: {
            /** @description The checklist; inspections use the newest one by default */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceTemplateViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AreasController_list: {
        parameters: {
            query?: {
                cursor?: string;
                level?: "district" | "street" | "community";
                limit?: number;
                /** @description Only the areas directly inside this one */
                parent?: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AreasController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The area's code (6, 9 or 12 digits) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AreasController_import: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportAreasDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaImportResultDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AreasController_locate: {
        parameters: {
            query: {
                lat: number;
                lng: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaLocationDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    OidcSignInController_oidcSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PhoneSignInController_requestCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPhoneCodeDto"];
            };
        };
        responses: {
            /** @description A six-digit code is on its way by SMS; it replaces any earlier one */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneCodeSentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PhoneSignInController_signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneSignInDto"];
            };
        };
        responses: {
            /** @description Signed in; a new number is signed up first (it needs `profile`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequestDto"];
            };
        };
        responses: {
            /** @description A new pair; the refresh token sent is spent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This session has ended: its refresh token and access tokens no longer work */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session of the account has ended, on every device */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffSignInController_staffSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    CommunityBudgetsController_list: {
        parameters: {
            query: {
                /** @description The month to show */
                month: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityBudgetListViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    CommunityBudgetsController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The community's 12-digit code */
                communityCode: string;
                /** @description The month, YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCommunityBudgetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityBudgetViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentFiguresController_figures: {
        parameters: {
            query?: {
                /** @description `csv` (or `Accept: text/csv`) for one line per department */
                format?: "json" | "csv";
                /** @description Only the dispatches at or after this time (inclusive) */
                from?: string;
                /** @description Only the dispatches before this time (exclusive) */
                to?: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV (one line per department) for `?format=csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentFiguresViewDto_Output"];
                    "text/csv": string;
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_departmentQueue: {
        parameters: {
            query?: {
                category?: string;
                cursor?: string;
                limit?: number;
                /** @description true: only the overdue; false: only those on time */
                overdue?: "true" | "false";
                /** @description The department's own status */
                status?: "dispatched" | "acknowledged" | "in-progress" | "resolved" | "not-responsible";
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentQueuePageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeAssignmentDto"];
            };
        };
        responses: {
            /** @description The department's part, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_notResponsible: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotResponsibleDto"];
            };
        };
        responses: {
            /** @description The department's part, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentProgressDto"];
            };
        };
        responses: {
            /** @description The department's part, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveAssignmentDto"];
            };
        };
        responses: {
            /** @description The department's part, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentListDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            /** @description It existed with the same definition: a retry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentViewDto_Output"];
                };
            };
            /** @description The department, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The department's code, e.g. sanitation */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_dispatchQueue: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchQueuePageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    EarningRulesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarningRuleListViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    EarningRulesController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEarningRuleVersionDto"];
            };
        };
        responses: {
            /** @description The same version sent again: the one added the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarningRuleVersionViewDto_Output"];
                };
            };
            /** @description The version, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarningRuleVersionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportSlasController_escalations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PointsStandingsController_leaderboard: {
        parameters: {
            query: {
                /** @description The month, YYYY-MM, by the city’s clock */
                month: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The community’s 12-digit or the district’s 6-digit code */
                code: string;
                scope: "community" | "district";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MeController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closed: personal data erased, every session signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description The account as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyCheckInController_current: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the caller is checked in (404 not-checked-in when nowhere) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyCheckInController_checkOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check-in, now ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyLiveEventsController_events: {
        parameters: {
            query?: {
                /** @description The `id` of the last notification the client received: the stream resumes after it */
                lastEventId?: string;
            };
            header?: {
                /** @description The `id` of the last notification received: the stream first sends every later one, in order (as `lastEventId`) */
                "Last-Event-ID"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events, open until the client leaves or the access token expires: the caller's notifications as they arrive, each `id: <notification id>`, `event: notification`, `data: <the notification, as in /api/v1/me/notifications>`; without a Last-Event-ID, only those after the connection opened. `retry: 3000` first, a comment every 15 s. At most 5 streams per account on one gateway replica (429 too-many-streams) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyHomeController_get: {
        parameters: {
            query: {
                /** @description Stations with every one of these amenities; repeat the parameter or separate by commas */
                amenity: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
                /** @description Only stations with a capacity and a seat free now */
                hasFreeSeats?: "true" | "false";
                lat: number;
                /** @description Stations listed at most */
                limit?: number;
                lng: number;
                /** @description Only stations open at this instant (ISO-8601) */
                openAt?: string;
                /** @description Only stations open now */
                openNow?: "true" | "false";
                /** @description metres */
                radius?: number;
                /** @description Stations offering this service */
                service?: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyNotificationsController_inbox: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyNotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotificationsReadDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyPointsController_balance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyPointsController_setLeaderboardPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderboardPreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardPreferenceDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyPointsController_transactions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsTransactionPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyRedemptionsController_mine: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MyRedemptionsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The redemption's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled: the points and the stock are back */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MySessionSignUpsController_mine: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySignUpPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    MySessionSignUpsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The session's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-up, cancelled; a place it held goes to the first waiting worker */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    Open311ClientsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ClientPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    Open311ClientsController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueOpen311ClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedOpen311ClientViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    Open311ClientsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The Open311 client's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ClientViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PointsStandingsController_figures: {
        parameters: {
            query: {
                /** @description `csv` (or `Accept: text/csv`) for one line per community */
                format?: "json" | "csv";
                /** @description The month, YYYY-MM, by the city’s clock */
                month: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV (one line per community) for `?format=csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsFiguresViewDto_Output"];
                    "text/csv": string;
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PublicReportsController_resolved: {
        parameters: {
            query?: {
                /** @description Only reports whose published (rounded) location lies in `minLng,minLat,maxLng,maxLat` */
                bbox?: string;
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RedemptionsController_place: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and redemption answers 200 with the first redemption; the key sent with a different redemption is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceRedemptionDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the redemption created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionViewDto_Output"];
                };
            };
            /** @description The redemption, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RedemptionsController_fulfil: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The redemption's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Handed over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RedemptionsController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRedemptionDto"];
            };
        };
        responses: {
            /** @description What the code is for: the reward to hand over, and whether it still can be */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportCategoriesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active categories, in the city's order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCategoryListDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportCategoriesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportCategoryDto"];
            };
        };
        responses: {
            /** @description It existed with the same definition: a retry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCategoryViewDto_Output"];
                };
            };
            /** @description The category, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCategoryViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportCategoriesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The category's stable code (Open311 service_code), e.g. fire-hazard */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category, active or deactivated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCategoryViewDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportCategoriesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The category's stable code (Open311 service_code), e.g. fire-hazard */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReportCategoryDto"];
            };
        };
        responses: {
            /** @description The category, changed (the code never changes; deactivate instead of deleting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCategoryViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportPhotosController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and photo answers 200 with the first photo; the key sent with a different photo is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The image file, as bytes */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the photo created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedPhotoViewDto_Output"];
                };
            };
            /** @description The photo, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedPhotoViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportPhotosController_uploaded: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The photo's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image; ETag and Cache-Control: private */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description If-None-Match named the image's ETag: the caller's copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportSlasController_policies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyListDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportSlasController_setPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The category's code, or `default` for every category without a policy of its own */
                categoryCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSlaPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "submitted" | "confirmed" | "rejected" | "merged" | "dispatched" | "acknowledged" | "in-progress" | "resolved" | "reopened" | "not-responsible" | "closed" | "closed-not-fixed";
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A worker's own reports, or any report for staff; newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and report answers 200 with the first report; the key sent with a different report is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the report created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The report, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportsController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DispatchController_dispatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RerouteReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportReviewController_duplicates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report and the open reports it may duplicate, earliest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDuplicatesViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportReviewController_feedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportFeedbackDto"];
            };
        };
        responses: {
            /** @description The reporter answers "was it fixed?" for a resolved report: yes closes it; no within the feedback window reopens it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportReviewController_keepApart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, no longer flagged as a likely duplicate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportReviewController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeReportDto"];
            };
        };
        responses: {
            /** @description The report, merged into the case it joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportPhotosController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and report answers 200 with the first report; the key sent with a different report is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddReportPhotoDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the report created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The report, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportPhotosController_reportPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
                /** @description The photo's id */
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image; ETag and Cache-Control: private */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description If-None-Match named the image's ETag: the caller's copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The report's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    ReportReviewController_reviewQueue: {
        parameters: {
            query?: {
                category?: string;
                /** @description Only this community's reports (within the caller's communities) */
                community?: string;
                cursor?: string;
                /** @description Only reports flagged as likely duplicates */
                duplicatesOnly?: "true" | "false";
                limit?: number;
                /** @description Only reports submitted at least this many minutes ago */
                minAgeMinutes?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports waiting for review in the caller's communities (an admin's: every community), oldest first, with counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueuePageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Only rewards this station hands out */
                stationId?: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rewards not withdrawn and not past their window, with what each station has left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and reward answers 200 with the first reward; the key sent with a different reward is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRewardDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the reward created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardViewDto_Output"];
                };
            };
            /** @description The reward, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The reward's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The reward's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRewardDto"];
            };
        };
        responses: {
            /** @description The reward as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_setStock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The reward's id */
                id: string;
                /** @description The collection station */
                stationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRewardStockDto"];
            };
        };
        responses: {
            /** @description What the station has left to redeem now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardStockViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    RewardsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The reward's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Out of the catalog (again: unchanged); placed redemptions stay collectable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_rules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleListDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_setRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRoutingRuleDto"];
            };
        };
        responses: {
            /** @description The new version of the rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    DepartmentsController_retireRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The rule version's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule, retired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleViewDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedStaffViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The staff account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The staff account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The staff account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_enable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The staff account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StaffAdminController_resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The staff account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetStaffPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationProgressController_progress: {
        parameters: {
            query: {
                /** @description csv for a spreadsheet (as `Accept: text/csv`); JSON otherwise */
                format?: "json" | "csv";
                /** @description The year whose targets the counts are set against */
                year: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV (one line per district, then `city`) for `?format=csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationProgressViewDto_Output"];
                    "text/csv": string;
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationServiceTypesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationServiceTypeListDto_Output"];
                };
            };
        };
    };
    StationServiceTypesController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStationServiceTypeDto"];
            };
        };
        responses: {
            /** @description It existed with the same names: a retry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationServiceTypeViewDto_Output"];
                };
            };
            /** @description The service type, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationServiceTypeViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The session's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_markAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The session's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            /** @description The worker's sign-up, marked present (marking again changes nothing) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_signUps: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The session's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the station's manager */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    SessionsController_signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The session's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already signed up: that sign-up (a retry is harmless) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpViewDto_Output"];
                };
            };
            /** @description Signed up: holding a place (confirmed) or waiting for one (waitlisted) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationProgressController_setTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDistrictTargetDto"];
            };
        };
        responses: {
            /** @description The district's target for the year, replacing any earlier one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictTargetViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and station answers 200 with the first station; the key sent with a different station is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStationDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the station created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationViewDto_Output"];
                };
            };
            /** @description The station, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStationDto"];
            };
        };
        responses: {
            /** @description The station with its whole profile, as edited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationCheckInsController_codes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the station's manager: the screen's current code and the printed one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationCodesViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationCheckInsController_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description Already checked in at this station: that check-in (a retry is harmless) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInViewDto_Output"];
                };
            };
            /** @description Checked in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationLifecycleController_history: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who moved the station, when and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationStatusChangePageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AcceptanceController_listInspections: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    AcceptanceController_recordInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInspectionDto"];
            };
        };
        responses: {
            /** @description The inspection, with its verdict and rectifications */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationSessionsController_upcoming: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions not yet over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationSessionsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and session answers 200 with the first session; the key sent with a different session is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleSessionDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the session created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto_Output"];
                };
            };
            /** @description The session, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationLifecycleController_changeStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStationStatusDto"];
            };
        };
        responses: {
            /** @description The station in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationCheckInsController_visits: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive) */
                from: string;
                granularity?: "day" | "hour";
                /** @description End of the range (exclusive) */
                to: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The station's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the station's manager and the city office */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationVisitsViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationImportController_importCsv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What each row became: a new station, or one imported before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationImportResultDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    StationsController_nearby: {
        parameters: {
            query: {
                /** @description Stations with every one of these amenities; repeat the parameter or separate by commas */
                amenity: ("drinking-water" | "hot-water" | "microwave" | "air-conditioning" | "heating" | "seating" | "books-and-newspapers" | "phone-charging" | "e-bike-charging" | "toilet" | "first-aid-kit" | "umbrellas" | "repair-tools" | "wifi" | "rest-bed" | "lockers")[];
                cursor?: string;
                /** @description Only stations with a capacity and a seat free now */
                hasFreeSeats?: "true" | "false";
                lat: number;
                limit?: number;
                lng: number;
                /** @description Only stations open at this instant (ISO-8601) */
                openAt?: string;
                /** @description Only stations open now */
                openNow?: "true" | "false";
                /** @description metres */
                radius?: number;
                /** @description Stations offering this service */
                service?: string;
                status?: "planned" | "under-construction" | "built" | "accepted" | "operating" | "suspended" | "closed";
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyStationsDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description The city office's filter; a department user always sees its own */
                department?: string;
                limit?: number;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and endpoint answers 200 with the first endpoint; the key sent with a different endpoint is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the endpoint created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretViewDto_Output"];
                };
            };
            /** @description The endpoint, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with its delivery log; its pending deliveries are never sent */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description The endpoint as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "dead-lettered";
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_replay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookDeliveriesDto"];
            };
        };
        responses: {
            /** @description The deliveries, queued again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The endpoint's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PointAdjustmentsController_adjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and adjustment answers 200 with the first adjustment; the key sent with a different adjustment is refused with 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The worker's account id */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustPointsDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the adjustment created the first time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointAdjustmentViewDto_Output"];
                };
            };
            /** @description The adjustment, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointAdjustmentViewDto_Output"];
                };
            };
            /** @description The request is malformed; `errors` names each bad field (validation-failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No caller: sign-in is required (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The caller may not do this (e.g. review-not-allowed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description No such object, or not one the caller may see (e.g. report-not-found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The object is not in a state that allows this (e.g. report-already-reviewed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is over the size limit (payload-too-large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description The request is well-formed but cannot be carried out (e.g. idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service behind the gateway failed (upstream-failed) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
            /** @description A service is unreachable or busy; try again shortly (service-unavailable, resource-busy) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto_Output"];
                };
            };
        };
    };
    PublicHealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
        };
    };
    PublicHealthController_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
            /** @description A dependency does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
        };
    };
    Open311DiscoveryController_discovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One production endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311DiscoveryDto_Output"];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_requests: {
        parameters: {
            query?: {
                /** @description Latest requested_datetime; default: now */
                end_date?: string;
                page?: number;
                page_size?: number;
                service_code?: string;
                /** @description Comma-separated, at most 100; overrides every other filter */
                service_request_id?: string;
                /** @description Earliest requested_datetime; default: 90 days before end_date */
                start_date?: string;
                status?: "open" | "closed";
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311RequestDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A parameter is malformed; the description names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Open311NewRequestDto"];
            };
        };
        responses: {
            /** @description Filed at once: the service_request_id, no token to wait on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311CreatedRequestDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A parameter is malformed; the description names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description The api_key is not one the city office issued, or it was revoked */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description The intake refused the request: an answer that does not fit, outside the city map, or an emergency (whom to call) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
                /** @description The service request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311RequestDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_updates: {
        parameters: {
            query?: {
                /** @description Latest updated_datetime; default: now */
                end_date?: string;
                /** @description Earliest updated_datetime; default: 90 days before end_date */
                start_date?: string;
            };
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first, at most 1000 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311RequestUpdateDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A parameter is malformed; the description names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_services: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the city's order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ServiceDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_serviceDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The service_code */
                code: string;
                /** @description The answer's format */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attributes in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ServiceDefinitionDto_Output"];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
    Open311Controller_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7 */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The answer's format */
                format: "json" | "xml";
                /** @description The service_request_id POST requests answered */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request the token stands for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311TokenDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description No such service or request, or not one Open311 publishes (care referrals), or an unknown format */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description Over the rate limit per client address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service behind the gateway failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
            /** @description A service is unreachable or busy; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311ErrorDto_Output"][];
                    "text/xml": string;
                };
            };
        };
    };
}
