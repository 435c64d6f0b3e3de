import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mapTileUrl } from '../map-tile-url';
import type { Position } from '../home/station-filters';

/** Where the report is: a pin the worker drags (the nudge buttons beside the map do the same from the keyboard). */
export default function PinMap({ position, onMove }: { position: Position; onMove: (position: Position) => void }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const pin = useRef<L.Marker | null>(null);
  const moved = useRef(onMove);
  useEffect(() => {
    moved.current = onMove;
  }, [onMove]);
  const initial = useRef(position);

  useEffect(() => {
    if (!element.current) return;
    const { lat, lng } = initial.current;
    const created = L.map(element.current, { zoomControl: true }).setView([lat, lng], 17);
    const tiles = mapTileUrl();
    if (tiles) L.tileLayer(tiles, { maxZoom: 19 }).addTo(created);
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ className: 'report-pin', iconSize: [28, 28] }),
      draggable: true,
      keyboard: false,
      title: t('report.pin'),
      alt: t('report.pin'),
    }).addTo(created);
    marker.on('dragend', () => {
      const { lat: movedLat, lng: movedLng } = marker.getLatLng();
      moved.current({ lat: movedLat, lng: movedLng });
    });
    marker.getElement()?.setAttribute('data-testid', 'report-pin');
    map.current = created;
    pin.current = marker;
    return () => {
      created.remove();
      map.current = null;
      pin.current = null;
    };
  }, [t]);

  // A pin moved from outside (the nudge buttons): the marker follows, and the map keeps it in view.
  useEffect(() => {
    const marker = pin.current;
    if (!marker || !map.current) return;
    const at = marker.getLatLng();
    if (at.lat === position.lat && at.lng === position.lng) return;
    marker.setLatLng([position.lat, position.lng]);
    map.current.panTo([position.lat, position.lng]);
  }, [position.lat, position.lng]);

  return <div ref={element} className="report-map" role="region" aria-label={t('report.map')} />;
}
