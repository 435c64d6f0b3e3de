import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mapTileUrl } from '../map-tile-url';
import { stationName } from '../stations/station-text';
import type { NearbyStation } from '../vocabulary';
import type { Position } from './station-filters';

/** The nearby stations as markers around the worker; the list beside it carries the same links for keyboards. */
export default function StationMap({ centre, stations }: { centre: Position; stations: NearbyStation[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const created = L.map(element.current, { zoomControl: true }).setView([centre.lat, centre.lng], 15);
    const tiles = mapTileUrl();
    if (tiles) L.tileLayer(tiles, { maxZoom: 19 }).addTo(created);
    markers.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, [centre.lat, centre.lng]);

  // The centre too: a new centre makes a new map (the effect above), whose markers must be drawn again.
  useEffect(() => {
    const group = markers.current;
    if (!map.current || !group) return;
    group.clearLayers();
    for (const station of stations) {
      const name = stationName(station, i18n.language);
      const marker = L.marker([station.location.lat, station.location.lng], {
        icon: L.divIcon({ className: 'station-marker', iconSize: [24, 24] }),
        title: name,
        alt: name,
        keyboard: true,
      }).on('click', () => void navigate(`/stations/${station.id}`));
      marker.addTo(group);
      marker.getElement()?.setAttribute('data-station-id', station.id);
    }
  }, [stations, i18n.language, navigate, centre.lat, centre.lng]);

  return <div ref={element} className="station-map" role="region" aria-label={t('home.map')} />;
}
