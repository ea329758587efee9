package dev.atrium.calendar;

import java.util.List;

/** Rooms found by a search, by building, floor and name; {@code canManage}: may the reader add and change rooms. */
public record RoomList(List<Room> rooms, boolean canManage) {}
