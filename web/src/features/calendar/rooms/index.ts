export { RoomPicker, type RoomPickerProps } from './room-picker';
export type { Room } from './rooms-api';
